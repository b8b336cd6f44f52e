namespace Analytics.Reports.Common.Views;

/// <summary>«Профсоюз X — оранжевая зона: немедленно проинформировать ФПРК, созвать рабочую группу», one per organisation.</summary>
internal static class ThreatActionLines
{
    public static IReadOnlyList<string> Build(IReadOnlyList<ThreatAction> actions, ReportText text) =>
        actions.Select(a => text.Text(
            "threats.action_line",
            ("name", a.Name(text.Kazakh)),
            ("zone", text["zone." + a.Zone]),
            ("action", a.Action(text.Kazakh)))).ToList();
}
