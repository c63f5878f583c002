using System.Collections.Generic;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// ISO 3166-1: the officially assigned alpha-3 codes and their alpha-2 codes, for checking countries' ids and
/// <c>alpha2</c> values at build time.
/// </summary>
/// <remarks>
/// Generated, not hand-written: from <c>codes.json</c> of the npm package i18n-iso-countries 7.14.0 (cross-checked
/// against iso-3166-1 2.1.1, which agrees on every pair). 249 codes: the package's user-assigned XK/XKK (Kosovo)
/// is left out, as it is not officially assigned. Names in the comments are the package's English names.
/// </remarks>
internal static class Iso3166
{
    private static readonly Dictionary<string, string> Alpha3ToAlpha2 = new Dictionary<string, string>(249, System.StringComparer.Ordinal)
    {
        ["ABW"] = "AW", // Aruba
        ["AFG"] = "AF", // Afghanistan
        ["AGO"] = "AO", // Angola
        ["AIA"] = "AI", // Anguilla
        ["ALA"] = "AX", // Åland Islands
        ["ALB"] = "AL", // Albania
        ["AND"] = "AD", // Andorra
        ["ARE"] = "AE", // United Arab Emirates
        ["ARG"] = "AR", // Argentina
        ["ARM"] = "AM", // Armenia
        ["ASM"] = "AS", // American Samoa
        ["ATA"] = "AQ", // Antarctica
        ["ATF"] = "TF", // French Southern Territories
        ["ATG"] = "AG", // Antigua and Barbuda
        ["AUS"] = "AU", // Australia
        ["AUT"] = "AT", // Austria
        ["AZE"] = "AZ", // Azerbaijan
        ["BDI"] = "BI", // Burundi
        ["BEL"] = "BE", // Belgium
        ["BEN"] = "BJ", // Benin
        ["BES"] = "BQ", // Bonaire, Sint Eustatius and Saba
        ["BFA"] = "BF", // Burkina Faso
        ["BGD"] = "BD", // Bangladesh
        ["BGR"] = "BG", // Bulgaria
        ["BHR"] = "BH", // Bahrain
        ["BHS"] = "BS", // Bahamas
        ["BIH"] = "BA", // Bosnia and Herzegovina
        ["BLM"] = "BL", // Saint Barthélemy
        ["BLR"] = "BY", // Belarus
        ["BLZ"] = "BZ", // Belize
        ["BMU"] = "BM", // Bermuda
        ["BOL"] = "BO", // Bolivia
        ["BRA"] = "BR", // Brazil
        ["BRB"] = "BB", // Barbados
        ["BRN"] = "BN", // Brunei Darussalam
        ["BTN"] = "BT", // Bhutan
        ["BVT"] = "BV", // Bouvet Island
        ["BWA"] = "BW", // Botswana
        ["CAF"] = "CF", // Central African Republic
        ["CAN"] = "CA", // Canada
        ["CCK"] = "CC", // Cocos (Keeling) Islands
        ["CHE"] = "CH", // Switzerland
        ["CHL"] = "CL", // Chile
        ["CHN"] = "CN", // People's Republic of China
        ["CIV"] = "CI", // Cote d'Ivoire
        ["CMR"] = "CM", // Cameroon
        ["COD"] = "CD", // Democratic Republic of the Congo
        ["COG"] = "CG", // Republic of the Congo
        ["COK"] = "CK", // Cook Islands
        ["COL"] = "CO", // Colombia
        ["COM"] = "KM", // Comoros
        ["CPV"] = "CV", // Cape Verde
        ["CRI"] = "CR", // Costa Rica
        ["CUB"] = "CU", // Cuba
        ["CUW"] = "CW", // Curaçao
        ["CXR"] = "CX", // Christmas Island
        ["CYM"] = "KY", // Cayman Islands
        ["CYP"] = "CY", // Cyprus
        ["CZE"] = "CZ", // Czech Republic
        ["DEU"] = "DE", // Germany
        ["DJI"] = "DJ", // Djibouti
        ["DMA"] = "DM", // Dominica
        ["DNK"] = "DK", // Denmark
        ["DOM"] = "DO", // Dominican Republic
        ["DZA"] = "DZ", // Algeria
        ["ECU"] = "EC", // Ecuador
        ["EGY"] = "EG", // Egypt
        ["ERI"] = "ER", // Eritrea
        ["ESH"] = "EH", // Western Sahara
        ["ESP"] = "ES", // Spain
        ["EST"] = "EE", // Estonia
        ["ETH"] = "ET", // Ethiopia
        ["FIN"] = "FI", // Finland
        ["FJI"] = "FJ", // Fiji
        ["FLK"] = "FK", // Falkland Islands (Malvinas)
        ["FRA"] = "FR", // France
        ["FRO"] = "FO", // Faroe Islands
        ["FSM"] = "FM", // Micronesia, Federated States of
        ["GAB"] = "GA", // Gabon
        ["GBR"] = "GB", // United Kingdom
        ["GEO"] = "GE", // Georgia
        ["GGY"] = "GG", // Guernsey
        ["GHA"] = "GH", // Ghana
        ["GIB"] = "GI", // Gibraltar
        ["GIN"] = "GN", // Guinea
        ["GLP"] = "GP", // Guadeloupe
        ["GMB"] = "GM", // Republic of The Gambia
        ["GNB"] = "GW", // Guinea-Bissau
        ["GNQ"] = "GQ", // Equatorial Guinea
        ["GRC"] = "GR", // Greece
        ["GRD"] = "GD", // Grenada
        ["GRL"] = "GL", // Greenland
        ["GTM"] = "GT", // Guatemala
        ["GUF"] = "GF", // French Guiana
        ["GUM"] = "GU", // Guam
        ["GUY"] = "GY", // Guyana
        ["HKG"] = "HK", // Hong Kong
        ["HMD"] = "HM", // Heard Island and McDonald Islands
        ["HND"] = "HN", // Honduras
        ["HRV"] = "HR", // Croatia
        ["HTI"] = "HT", // Haiti
        ["HUN"] = "HU", // Hungary
        ["IDN"] = "ID", // Indonesia
        ["IMN"] = "IM", // Isle of Man
        ["IND"] = "IN", // India
        ["IOT"] = "IO", // British Indian Ocean Territory
        ["IRL"] = "IE", // Ireland
        ["IRN"] = "IR", // Islamic Republic of Iran
        ["IRQ"] = "IQ", // Iraq
        ["ISL"] = "IS", // Iceland
        ["ISR"] = "IL", // Israel
        ["ITA"] = "IT", // Italy
        ["JAM"] = "JM", // Jamaica
        ["JEY"] = "JE", // Jersey
        ["JOR"] = "JO", // Jordan
        ["JPN"] = "JP", // Japan
        ["KAZ"] = "KZ", // Kazakhstan
        ["KEN"] = "KE", // Kenya
        ["KGZ"] = "KG", // Kyrgyzstan
        ["KHM"] = "KH", // Cambodia
        ["KIR"] = "KI", // Kiribati
        ["KNA"] = "KN", // Saint Kitts and Nevis
        ["KOR"] = "KR", // South Korea
        ["KWT"] = "KW", // Kuwait
        ["LAO"] = "LA", // Lao People's Democratic Republic
        ["LBN"] = "LB", // Lebanon
        ["LBR"] = "LR", // Liberia
        ["LBY"] = "LY", // Libya
        ["LCA"] = "LC", // Saint Lucia
        ["LIE"] = "LI", // Liechtenstein
        ["LKA"] = "LK", // Sri Lanka
        ["LSO"] = "LS", // Lesotho
        ["LTU"] = "LT", // Lithuania
        ["LUX"] = "LU", // Luxembourg
        ["LVA"] = "LV", // Latvia
        ["MAC"] = "MO", // Macao
        ["MAF"] = "MF", // Saint Martin (French part)
        ["MAR"] = "MA", // Morocco
        ["MCO"] = "MC", // Monaco
        ["MDA"] = "MD", // Moldova, Republic of
        ["MDG"] = "MG", // Madagascar
        ["MDV"] = "MV", // Maldives
        ["MEX"] = "MX", // Mexico
        ["MHL"] = "MH", // Marshall Islands
        ["MKD"] = "MK", // The Republic of North Macedonia
        ["MLI"] = "ML", // Mali
        ["MLT"] = "MT", // Malta
        ["MMR"] = "MM", // Myanmar
        ["MNE"] = "ME", // Montenegro
        ["MNG"] = "MN", // Mongolia
        ["MNP"] = "MP", // Northern Mariana Islands
        ["MOZ"] = "MZ", // Mozambique
        ["MRT"] = "MR", // Mauritania
        ["MSR"] = "MS", // Montserrat
        ["MTQ"] = "MQ", // Martinique
        ["MUS"] = "MU", // Mauritius
        ["MWI"] = "MW", // Malawi
        ["MYS"] = "MY", // Malaysia
        ["MYT"] = "YT", // Mayotte
        ["NAM"] = "NA", // Namibia
        ["NCL"] = "NC", // New Caledonia
        ["NER"] = "NE", // Niger
        ["NFK"] = "NF", // Norfolk Island
        ["NGA"] = "NG", // Nigeria
        ["NIC"] = "NI", // Nicaragua
        ["NIU"] = "NU", // Niue
        ["NLD"] = "NL", // Netherlands
        ["NOR"] = "NO", // Norway
        ["NPL"] = "NP", // Nepal
        ["NRU"] = "NR", // Nauru
        ["NZL"] = "NZ", // New Zealand
        ["OMN"] = "OM", // Oman
        ["PAK"] = "PK", // Pakistan
        ["PAN"] = "PA", // Panama
        ["PCN"] = "PN", // Pitcairn
        ["PER"] = "PE", // Peru
        ["PHL"] = "PH", // Philippines
        ["PLW"] = "PW", // Palau
        ["PNG"] = "PG", // Papua New Guinea
        ["POL"] = "PL", // Poland
        ["PRI"] = "PR", // Puerto Rico
        ["PRK"] = "KP", // North Korea
        ["PRT"] = "PT", // Portugal
        ["PRY"] = "PY", // Paraguay
        ["PSE"] = "PS", // State of Palestine
        ["PYF"] = "PF", // French Polynesia
        ["QAT"] = "QA", // Qatar
        ["REU"] = "RE", // Reunion
        ["ROU"] = "RO", // Romania
        ["RUS"] = "RU", // Russian Federation
        ["RWA"] = "RW", // Rwanda
        ["SAU"] = "SA", // Saudi Arabia
        ["SDN"] = "SD", // Sudan
        ["SEN"] = "SN", // Senegal
        ["SGP"] = "SG", // Singapore
        ["SGS"] = "GS", // South Georgia and the South Sandwich Islands
        ["SHN"] = "SH", // Saint Helena
        ["SJM"] = "SJ", // Svalbard and Jan Mayen
        ["SLB"] = "SB", // Solomon Islands
        ["SLE"] = "SL", // Sierra Leone
        ["SLV"] = "SV", // El Salvador
        ["SMR"] = "SM", // San Marino
        ["SOM"] = "SO", // Somalia
        ["SPM"] = "PM", // Saint Pierre and Miquelon
        ["SRB"] = "RS", // Serbia
        ["SSD"] = "SS", // South Sudan
        ["STP"] = "ST", // Sao Tome and Principe
        ["SUR"] = "SR", // Suriname
        ["SVK"] = "SK", // Slovakia
        ["SVN"] = "SI", // Slovenia
        ["SWE"] = "SE", // Sweden
        ["SWZ"] = "SZ", // Eswatini
        ["SXM"] = "SX", // Sint Maarten (Dutch part)
        ["SYC"] = "SC", // Seychelles
        ["SYR"] = "SY", // Syrian Arab Republic
        ["TCA"] = "TC", // Turks and Caicos Islands
        ["TCD"] = "TD", // Chad
        ["TGO"] = "TG", // Togo
        ["THA"] = "TH", // Thailand
        ["TJK"] = "TJ", // Tajikistan
        ["TKL"] = "TK", // Tokelau
        ["TKM"] = "TM", // Turkmenistan
        ["TLS"] = "TL", // Timor-Leste
        ["TON"] = "TO", // Tonga
        ["TTO"] = "TT", // Trinidad and Tobago
        ["TUN"] = "TN", // Tunisia
        ["TUR"] = "TR", // Türkiye
        ["TUV"] = "TV", // Tuvalu
        ["TWN"] = "TW", // Taiwan, Province of China
        ["TZA"] = "TZ", // United Republic of Tanzania
        ["UGA"] = "UG", // Uganda
        ["UKR"] = "UA", // Ukraine
        ["UMI"] = "UM", // United States Minor Outlying Islands
        ["URY"] = "UY", // Uruguay
        ["USA"] = "US", // United States of America
        ["UZB"] = "UZ", // Uzbekistan
        ["VAT"] = "VA", // Holy See (Vatican City State)
        ["VCT"] = "VC", // Saint Vincent and the Grenadines
        ["VEN"] = "VE", // Venezuela
        ["VGB"] = "VG", // Virgin Islands, British
        ["VIR"] = "VI", // Virgin Islands, U.S.
        ["VNM"] = "VN", // Vietnam
        ["VUT"] = "VU", // Vanuatu
        ["WLF"] = "WF", // Wallis and Futuna
        ["WSM"] = "WS", // Samoa
        ["YEM"] = "YE", // Yemen
        ["ZAF"] = "ZA", // South Africa
        ["ZMB"] = "ZM", // Zambia
        ["ZWE"] = "ZW", // Zimbabwe
    };

    /// <summary>The number of officially assigned codes in the table (249).</summary>
    public static int Count => Alpha3ToAlpha2.Count;

    /// <summary>Every alpha-3 code, for "did you mean" suggestions.</summary>
    public static IEnumerable<string> Alpha3Codes => Alpha3ToAlpha2.Keys;

    /// <summary>Looks up the alpha-2 code of an officially assigned alpha-3 code (upper case, e.g. <c>IRN</c> → <c>IR</c>).</summary>
    public static bool TryGetAlpha2(string alpha3, out string alpha2)
    {
        if (alpha3 is not null && Alpha3ToAlpha2.TryGetValue(alpha3, out var found))
        {
            alpha2 = found;
            return true;
        }

        alpha2 = string.Empty;
        return false;
    }
}
