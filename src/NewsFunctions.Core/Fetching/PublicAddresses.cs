using System.Net;
using System.Net.Sockets;

namespace NewsFunctions.Fetching;

/// <summary>Which addresses are on the public internet, as opposed to this machine, its network or a cloud's internal services.</summary>
internal static class PublicAddresses
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return !(b[0] is 0 or 10 or 127 or >= 224 // this network, private, loopback, multicast and reserved
                || (b[0] == 100 && b[1] is >= 64 and < 128) // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254) // link-local, where cloud metadata services answer
                || (b[0] == 172 && b[1] is >= 16 and < 32)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0) // IETF protocol assignments
                || (b[0] == 198 && b[1] is 18 or 19)); // benchmarking
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC); // unique local
        }

        return false;
    }
}

/// <summary>A connection refused because its address is not public (see <see cref="Configuration.FetchOptions.AllowPrivateAddresses"/>).</summary>
internal sealed class NonPublicAddressException(string message) : IOException(message);
