"""Physical geography that GeoNames' city and country lists lack, by class: the world's major
rivers and those of the agency's region, deserts and plateaus, mountain ranges, seas, gulfs,
straits and lakes. A name that is as often a person's or a company's (Don, Lena, Ravi, Amazon,
Jordan) is left out; so are rivers that name a town too (their town is known already)."""

RIVERS = """Indus; Ganges; Brahmaputra; Sutlej; Chenab; Jhelum; Kabul River; Harirud; Hari Rud;
Murghab; Tejen; Atrek; Kunar; Mekong; Yangtze; Yellow River; Pearl River; Irrawaddy; Salween;
Tarim; Tigris; Euphrates; Karun; Kizilirmak; Ceyhan; Seyhan; Nile; Zambezi; Limpopo; Orinoco;
Rio Grande; Mississippi River; Thames; Seine; Loire; Rhine; Rhone; Elbe; Oder; Vistula;
Dnieper; Dniester; Yenisei; Angara; Selenga; Orkhon; Tuul; Kerulen; Ural River; Zhaiyk; Emba;
Sarysu; Chu River; Naryn River; Talas River; Mtkvari; Alazani; Enguri; Inguri; Hrazdan;
Vorotan; Akhuryan; Tobol River; Ob River; Amur River; Don River; Volga River"""

DESERTS_AND_UPLANDS = """Sahara; Kalahari; Namib; Thar; Thar Desert; Cholistan; Registan; Registan Desert;
Dasht-e Margo; Dasht-e Kavir; Dasht-e Lut; Rub al Khali; Arabian Desert; Syrian Desert; Negev;
Atacama; Mojave; Moyunkum; Ustyurt; Ustyurt Plateau; Aralkum; Tibetan Plateau; Deccan;
Pamirs; Hindu Kush; Himalayas; Himalaya; Karakoram; Kopet Dag; Kopetdag; Alborz; Elburz;
Zagros; Greater Caucasus; Lesser Caucasus; Alps; Carpathians; Andes; Rockies; Ural Mountains;
Altai Mountains; Everest; Mount Everest; Elbrus; Mount Elbrus; Mount Ararat; Khan Tengri"""

WATERS = """Gulf; Arabian Sea; Arabian Gulf; Gulf of Oman; Gulf of Aden; Strait of Hormuz; Hormuz;
Bab el-Mandeb; Gulf of Finland; Bay of Bengal; South China Sea; East China Sea; Yellow Sea;
Sea of Japan; Sea of Okhotsk; Barents Sea; Kara Sea; Bering Sea; North Sea; Norwegian Sea;
Aegean; Aegean Sea; Adriatic; Adriatic Sea; Ionian Sea; Sea of Marmara; Caribbean;
Gulf of Mexico; Arctic Ocean; Southern Ocean; Strait of Malacca; Taiwan Strait; Kerch Strait;
English Channel; Panama Canal; Lake Baikal; Baikal; Balkhash; Lake Balkhash; Lake Sevan;
Lake Van; Lake Urmia; Alakol; Lake Alakol; Zaysan; Lake Zaysan; Lake Victoria; Dead Sea;
Sarygamysh; Aydar Lake; Aydarkul; Kapchagay Reservoir; Lake Khuvsgul; Khuvsgul; Lake Issyk-Kul"""

PHYSICAL_FEATURES = "; ".join([RIVERS, DESERTS_AND_UPLANDS, WATERS])
