# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 680)
        MainWindow.setMinimumSize(QSize(800, 500))
        MainWindow.setWindowTitle(u"Kansencirkel")
        self.actionNewChild = QAction(MainWindow)
        self.actionNewChild.setObjectName(u"actionNewChild")
#if QT_CONFIG(shortcut)
        self.actionNewChild.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionOpenChild = QAction(MainWindow)
        self.actionOpenChild.setObjectName(u"actionOpenChild")
#if QT_CONFIG(shortcut)
        self.actionOpenChild.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionTeam = QAction(MainWindow)
        self.actionTeam.setObjectName(u"actionTeam")
        self.actionPassphrase = QAction(MainWindow)
        self.actionPassphrase.setObjectName(u"actionPassphrase")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionMeetingMode = QAction(MainWindow)
        self.actionMeetingMode.setObjectName(u"actionMeetingMode")
#if QT_CONFIG(shortcut)
        self.actionMeetingMode.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionPrintAgenda = QAction(MainWindow)
        self.actionPrintAgenda.setObjectName(u"actionPrintAgenda")
#if QT_CONFIG(shortcut)
        self.actionPrintAgenda.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.demoBanner = QLabel(self.central)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demoBanner.setMargin(6)

        self.centralLayout.addWidget(self.demoBanner)

        self.stack = QStackedWidget(self.central)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.listPage)

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuVault = QMenu(self.menubar)
        self.menuVault.setObjectName(u"menuVault")
        self.menuMeeting = QMenu(self.menubar)
        self.menuMeeting.setObjectName(u"menuMeeting")
        self.menuSettings = QMenu(self.menubar)
        self.menuSettings.setObjectName(u"menuSettings")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuVault.menuAction())
        self.menubar.addAction(self.menuMeeting.menuAction())
        self.menubar.addAction(self.menuSettings.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewChild)
        self.menuFile.addAction(self.actionOpenChild)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuVault.addAction(self.actionLock)
        self.menuVault.addSeparator()
        self.menuVault.addAction(self.actionTeam)
        self.menuVault.addAction(self.actionPassphrase)
        self.menuVault.addAction(self.actionBackup)
        self.menuMeeting.addAction(self.actionMeetingMode)
        self.menuMeeting.addAction(self.actionPrintAgenda)
        self.menuSettings.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionNewChild.setText(QCoreApplication.translate("MainWindow", u"&Nieuw kind\u2026", None))
        self.actionOpenChild.setText(QCoreApplication.translate("MainWindow", u"Kind &openen", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Vergrendelen", None))
        self.actionTeam.setText(QCoreApplication.translate("MainWindow", u"&Team\u2026", None))
        self.actionPassphrase.setText(QCoreApplication.translate("MainWindow", u"&Mijn wachtwoord wijzigen\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Reservekopie maken", None))
        self.actionMeetingMode.setText(QCoreApplication.translate("MainWindow", u"&Vergadermodus", None))
        self.actionPrintAgenda.setText(QCoreApplication.translate("MainWindow", u"&Agenda afdrukken\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Instellingen\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Over Kansencirkel", None))
#if QT_CONFIG(accessibility)
        self.demoBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Demo-melding", None))
#endif // QT_CONFIG(accessibility)
        self.demoBanner.setText(QCoreApplication.translate("MainWindow", u"DEMO \u2014 fictieve gegevens", None))
#if QT_CONFIG(accessibility)
        self.stack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Inhoud", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.menuVault.setTitle(QCoreApplication.translate("MainWindow", u"&Kluis", None))
        self.menuMeeting.setTitle(QCoreApplication.translate("MainWindow", u"&Overleg", None))
        self.menuSettings.setTitle(QCoreApplication.translate("MainWindow", u"&Instellingen", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
#if QT_CONFIG(accessibility)
        self.statusbar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Statusbalk", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

