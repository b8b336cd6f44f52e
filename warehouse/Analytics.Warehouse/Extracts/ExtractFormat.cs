namespace Analytics.Warehouse.Extracts;

public enum ExtractFormat
{
    Parquet,
    Csv,
}
