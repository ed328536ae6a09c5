namespace MineRose.IO.Tests;
