using Xunit;
using NumBridge.Reliability.Fuzzing;

namespace NumBridge.Tests.IO.Fuzzing;

/// <summary>
/// Replays the fuzzer's corpus (TestData/fuzz: inputs whose outcome was new when found, written by
/// <c>scripts/reliability --corpus</c>) and the inputs behind its findings (TestData/fuzz-findings, written by
/// gen_findings.py): each must give exactly the outcome recorded with it, a result or a documented exception.
/// </summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string root in (string[])["fuzz", "fuzz-findings"])
        {
            string dir = Path.Combine(AppContext.BaseDirectory, "TestData", root);
            foreach (string outcomes in Directory.EnumerateFiles(dir, "outcomes.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string target = Path.GetFileName(Path.GetDirectoryName(outcomes))!;
                foreach (string line in File.ReadLines(outcomes))
                {
                    string[] parts = line.Split('\t', 2);
                    data.Add(target, Path.Combine(root, target, parts[0]), parts[1]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_RecordedInput_GivesRecordedOutcome(string target, string file, string expected)
    {
        FuzzTarget t = Enum.GetValues<FuzzTarget>().Single(x => FuzzHarness.Name(x) == target);
        byte[] input = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", file));

        string outcome = FuzzHarness.Run(t, input);

        Assert.Equal(expected, outcome.ReplaceLineEndings("\\n"));
    }

    [Fact]
    public void Corpus_CoversEveryTarget()
    {
        TheoryData<string, string, string> cases = Cases();
        var targets = cases.Select(c => (string)c[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["image", "npy", "npy-stream", "npz"], targets);
    }
}
