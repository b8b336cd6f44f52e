using System.Text;
using Analytics.SampleData;

namespace Analytics.EndToEnd.Tests;

/// <summary>A small federation's batch with a large appeals file: a load that runs long enough to be met mid-batch.</summary>
public static class LargeBatch
{
    public static void Write(string batch, int copies)
    {
        SampleFederation.Write(batch, new SampleOptions());
        var appeals = File.ReadAllLines(Path.Combine(batch, "appeals.csv"));
        var large = new StringBuilder().AppendLine(appeals[0]);
        for (var copy = 0; copy < copies; copy++)
        {
            // Whole one-line records only: an even number of quotes and the id at the start.
            foreach (var line in appeals.Skip(1).Where(line => line.StartsWith('A') && line.Count(ch => ch == '"') % 2 == 0))
            {
                large.Append("copy").Append(copy).Append('-').AppendLine(line);
            }
        }

        File.WriteAllText(Path.Combine(batch, "appeals_large.csv"), large.ToString());
    }
}
