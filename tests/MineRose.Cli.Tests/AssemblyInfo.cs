namespace MineRose.Cli.Tests;
