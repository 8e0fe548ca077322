using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Tests.Kernel;

public sealed class EnumTextTests
{
    private enum Sample
    {
        ReadyToDispense,
        MD,

        [DisplayText("API")]
        Api,
    }

    private enum Storage
    {
        [DisplayText("Room temperature (20–25 °C)")]
        Room,
    }

    [Fact]
    public void A_value_with_display_text_reads_as_written() =>
        Assert.Equal("Room temperature (20–25 °C)", EnumText.Of(Storage.Room));

    [Fact]
    public void A_value_sent_by_name_reads_the_same_as_the_value() =>
        Assert.Equal(EnumText.Of(Storage.Room), EnumText.Of<Storage>("Room"));

    [Fact]
    public void Other_values_read_as_their_name_in_words()
    {
        Assert.Equal("Ready to dispense", EnumText.Of(Sample.ReadyToDispense));
        Assert.Equal("MD", EnumText.Of(Sample.MD));
        Assert.Equal("ready to dispense", EnumText.InSentence(Sample.ReadyToDispense));
        Assert.Equal("API", EnumText.InSentence(Sample.Api));
        Assert.Equal("ready to dispense", EnumText.InSentence<Sample>("ReadyToDispense"));
    }

    [Theory]
    [InlineData(null, "—")]
    [InlineData("", "—")]
    [InlineData("SomethingNew", "Something new")]
    public void A_missing_or_unknown_name_still_reads_as_words(string? name, string text) =>
        Assert.Equal(text, EnumText.Of<Storage>(name));
}
