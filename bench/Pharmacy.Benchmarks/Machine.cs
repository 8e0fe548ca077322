using System.Globalization;

namespace Pharmacy.Benchmarks;

/// <summary>The machine's state beside every figure: how many cores, and how busy the machine was (/proc/loadavg).</summary>
public sealed record MachineState(int Cores, double Load1, double Load5, double Load15)
{
    public static MachineState Now()
    {
        double[] load = [double.NaN, double.NaN, double.NaN];
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < 3 && i < fields.Length; i++)
            {
                load[i] = double.Parse(fields[i], CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // Not Linux: the figures stay, without the load beside them.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return new MachineState(Environment.ProcessorCount, load[0], load[1], load[2]);
    }

    public string Load => string.Create(CultureInfo.InvariantCulture, $"{Load1:0.00}/{Load5:0.00}/{Load15:0.00}");

    public override string ToString() => $"{Cores} cores, load {Load}";
}
