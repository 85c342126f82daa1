# Overrides PyInstaller's babel hook, which bundles the CLDR data of every locale (35 MB):
# kansencirkel.spec adds global.dat and the nl/en locale data, all the app formats dates in.
# The hidden imports are the stock hook's: the pickled locale data refers to these modules.
datas: list[tuple[str, str]] = []
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
