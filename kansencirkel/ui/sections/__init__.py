"""The child's page sections: Overzicht, Metingen, Afspraken, Overleggen, Betrokkenen,
Toestemming, Notities and Logboek. Each is a widget with ``set_data(data)`` and ``clear()``."""
