using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class IamTableTests
{
    [Theory]
    [InlineData(IamModel.Physical)]
    [InlineData(IamModel.Ashrae)]
    public void The_table_matches_the_formula_within_1e_4_at_every_tenth_of_a_degree(IamModel model)
    {
        var table = IamTable.For(model);
        for (double aoi = 0; aoi <= 90; aoi += 0.1)
        {
            double direct = model == IamModel.Physical ? IncidenceAngleModifier.Physical(aoi) : IncidenceAngleModifier.Ashrae(aoi);
            Assert.Equal(direct, table.At(Math.Cos(aoi * Math.PI / 180)), 1e-4);
        }
    }

    [Fact]
    public void Behind_the_plane_the_modifier_is_zero_and_no_model_means_one()
    {
        Assert.Equal(0, IamTable.For(IamModel.Physical).At(-0.2));
        Assert.Equal(1, IamTable.For(IamModel.None).At(0.3));
    }
}
