using System.Net;
using MineRose.Core;
using System.Net.Sockets;

namespace MineRose.Cluster;

/// <summary>Free TCP ports on this machine, for silos started in one process (each silo takes the base port plus its index),
/// so two local runs, or a run and a test, never collide on Orleans' fixed defaults.</summary>
public static class LocalPorts
{
    /// <summary>The first of <paramref name="count"/> consecutive TCP ports in [20000, 60000) that are free now.</summary>
    /// <param name="count">Number of consecutive ports wanted [-], at least 1.</param>
    /// <exception cref="InvalidOperationException">No such run was found in 200 random tries.</exception>
    public static int FreeRun(int count)
    {
        Guard.Positive(count, nameof(count));
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var start = Random.Shared.Next(20_000, 60_000 - count);
            if (Enumerable.Range(start, count).All(IsFree))
                return start;
        }
        throw new InvalidOperationException($"no {count} consecutive free TCP ports found in [20000, 60000)");
    }

    /// <summary>Whether nothing listens on TCP <paramref name="port"/> of this machine now.</summary>
    /// <param name="port">The port [-].</param>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
