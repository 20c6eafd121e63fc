#include "link/normalize.h"

#include <gtest/gtest.h>

namespace tiphub::link {
namespace {

using Parts = std::vector<std::string>;

TEST(NormalizeTest, TextLosesAccentsCaseAndPunctuation) {
  EXPECT_EQ(NormalizeText("  María-José  NÚÑEZ "), "maria jose nunez");
  EXPECT_EQ(NormalizeText("Joée"), "joee");
  EXPECT_EQ(NormalizeText("Ça, c'est Ève"), "ca c est eve");
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText("abc\xff\xfe"), "abc");  // invalid UTF-8 does not crash
}

TEST(NormalizeTest, NamesDropParticlesMapNicknamesAndIgnoreOrder) {
  EXPECT_EQ(NameParts("Juan de la Cruz"), (Parts{"cruz", "juan"}));
  EXPECT_EQ(NameParts("Pepe Hernández López"), (Parts{"hernandez", "jose", "lopez"}));
  EXPECT_EQ(NameParts("Hernandez Lopez Jose"), NameParts("José Hernández López"));
  EXPECT_EQ(NameParts("Bill Smith"), NameParts("William Smith"));
  EXPECT_EQ(NameParts("Jean-François Tremblay"), (Parts{"francois", "jean", "tremblay"}));
  EXPECT_EQ(NameParts("J-F Tremblay"), NameParts("Jean-François Tremblay"));
  EXPECT_EQ(NameParts("María del Carmen y Pérez"), (Parts{"carmen", "maria", "perez"}));
  EXPECT_EQ(NameParts("J. F. K. Kennedy"), (Parts{"jfk", "kennedy"}));  // initials joined
  EXPECT_EQ(NameParts("  de  "), Parts{});                              // a particle alone
}

// The buffer-reusing form gives the same parts whatever the buffer held before.
TEST(NormalizeTest, NamePartsIntoABufferReplacesItsContent) {
  Parts buffer = {"left", "over", "from", "the", "last", "record", "x"};
  for (const char* name : {"Pepe Hernández López", "J-F Tremblay", "", "Ana"}) {
    NameParts(name, buffer);
    EXPECT_EQ(buffer, NameParts(name)) << name;
  }
}

TEST(NormalizeTest, PhonesDatesAccountsAddresses) {
  EXPECT_EQ(NormalizePhone("+52 (55) 1234-5678"), "525512345678");
  EXPECT_EQ(NormalizeDate("1990-02-03"), "19900203");
  EXPECT_EQ(NormalizeDate("19900203"), "19900203");
  EXPECT_EQ(NormalizeDate("03/02/1990"), "19900203");
  EXPECT_EQ(NormalizeDate("1990-13-03"), "");
  EXPECT_EQ(NormalizeDate("soon"), "");
  EXPECT_EQ(NormalizeAccountNumber("es91 2100-0418 4502"), "ES91210004184502");
  EXPECT_EQ(NormalizeAddress("1095 Elm St."), "1095 elm street");
  EXPECT_EQ(NormalizeAddress("Av. Juárez 2481"), "avenida juarez 2481");
}

}  // namespace
}  // namespace tiphub::link
