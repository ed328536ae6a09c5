namespace MineRose.Validation.Tests;
