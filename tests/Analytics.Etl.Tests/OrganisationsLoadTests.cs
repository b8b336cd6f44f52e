using Analytics.Etl.Loading;

namespace Analytics.Etl.Tests;

public sealed class OrganisationsLoadTests : LoadingTestBase
{
    [Fact]
    public void Load_ValidRegistry_LoadsEveryRow()
    {
        WriteRegistry();

        var result = LoadFile("organisations.csv");

        Assert.Equal(FileLoadStatus.Loaded, result.Status);
        Assert.Equal((10L, 10L, 0L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
    }

    [Fact]
    public void Load_LetterInNumberCell_QuarantinesRowAndNamesCell()
    {
        Warehouse.Write("organisations.csv",
            "org_id,level,name_ru,sector_id,territorial_id,region,members",
            "FED,federation,Федерация,,,,",
            "S1,sector,Отрасль,,,,",
            "T1,territorial,Территория,,,KZ-75,",
            "P1,primary,Первичка,S1,T1,KZ-75,12 4O0",
            "P2,primary,Первичка 2,S1,T1,KZ-75,12 400");

        var result = LoadFile("organisations.csv");

        Assert.Equal((5L, 4L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        var cell = Assert.Single(result.Examples);
        Assert.Equal((5L, "members", "12 4O0"), (cell.Row, cell.Column, cell.Value));
        Assert.Equal("целое число ≥ 0", cell.ExpectedRu);
        Assert.Equal(12400L, Query<long>("select members from raw.organisations where org_id = 'P2'").Single());
    }

    [Fact]
    public void Load_PrimaryOfQuarantinedSector_IsQuarantinedToo()
    {
        // S9's level is not a code, so S9 is not known, and P9 that refers to it must not load either.
        Warehouse.Write("organisations.csv",
            "org_id,level,name_ru,sector_id,territorial_id,region,members",
            "FED,federation,Федерация,,,,",
            "S9,sektor,Отрасль,,,,",
            "T1,territorial,Территория,,,KZ-75,",
            "P9,primary,Первичка,S9,T1,KZ-75,10");

        var result = LoadFile("organisations.csv");

        Assert.Equal((4L, 2L, 2L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(["level", "sector_id"], result.Examples.Select(cell => cell.Column));
    }

    // 12345678901x, first pass, weights 1..11: 1+4+9+16+25+36+49+64+81+0+11 = 296; 296 mod 11 = 10 → second pass.
    // Weights 3,4,5,6,7,8,9,10,11,1,2: 3+8+15+24+35+48+63+80+99+0+2 = 377; 377 mod 11 = 3 → check digit 3.
    // 00000000001x, first pass: 1·11 = 11; 11 mod 11 = 0 → check digit 0.
    [Theory]
    [InlineData("123456789013", true)]
    [InlineData("123456789012", false)]
    [InlineData("000000000010", true)]
    [InlineData("000000000011", false)]
    [InlineData("12345678901", false)]
    [InlineData("12345678901A", false)]
    public void Load_BinCheckDigit_IsVerified(string bin, bool valid)
    {
        WriteRegistry();
        Warehouse.Write("organisations_bin.csv",
            "org_id,level,name_ru,bin,sector_id,territorial_id,region,members",
            $"PB,primary,С БИН,{bin},S1,T1,KZ-75,5");

        var result = Load().Files.Single(file => file.FileName == "organisations_bin.csv");

        Assert.Equal(valid ? 0L : 1L, result.RowsQuarantined);
        if (!valid)
        {
            Assert.Equal("bin", Assert.Single(result.Examples).Column);
        }
    }
}
