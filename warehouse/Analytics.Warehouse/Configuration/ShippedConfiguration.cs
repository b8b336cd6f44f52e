namespace Analytics.Warehouse.Configuration;

/// <summary>The default campaign.json and targets.json shipped inside the product.</summary>
public static class ShippedConfiguration
{
    public static string Read(string fileName)
    {
        using var stream = typeof(ShippedConfiguration).Assembly.GetManifestResourceStream("Configuration/" + fileName)
            ?? throw new InvalidOperationException($"The shipped configuration {fileName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
