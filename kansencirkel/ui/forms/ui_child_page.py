# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ChildPage(object):
    def setupUi(self, ChildPage):
        if not ChildPage.objectName():
            ChildPage.setObjectName(u"ChildPage")
        ChildPage.resize(1280, 680)
        self.pageLayout = QVBoxLayout(ChildPage)
        self.pageLayout.setSpacing(4)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(0)
        self.titleLayout.setObjectName(u"titleLayout")
        self.nameLabel = QLabel(ChildPage)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.nameLabel)

        self.metaLabel = QLabel(ChildPage)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setText(u"")
        self.metaLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.metaLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.enterButton = QPushButton(ChildPage)
        self.enterButton.setObjectName(u"enterButton")

        self.headerLayout.addWidget(self.enterButton)

        self.samenButton = QPushButton(ChildPage)
        self.samenButton.setObjectName(u"samenButton")

        self.headerLayout.addWidget(self.samenButton)

        self.printButton = QPushButton(ChildPage)
        self.printButton.setObjectName(u"printButton")

        self.headerLayout.addWidget(self.printButton)

        self.inzageButton = QPushButton(ChildPage)
        self.inzageButton.setObjectName(u"inzageButton")

        self.headerLayout.addWidget(self.inzageButton)

        self.shareButton = QPushButton(ChildPage)
        self.shareButton.setObjectName(u"shareButton")

        self.headerLayout.addWidget(self.shareButton)

        self.backButton = QPushButton(ChildPage)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.headerLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.consentLabel = QLabel(ChildPage)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setText(u"")
        self.consentLabel.setWordWrap(True)
        self.consentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.consentLabel)

        self.draftBanner = QFrame(ChildPage)
        self.draftBanner.setObjectName(u"draftBanner")
        self.draftBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.draftLayout = QHBoxLayout(self.draftBanner)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLayout.setContentsMargins(-1, 3, -1, 3)
        self.draftLabel = QLabel(self.draftBanner)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setText(u"")
        self.draftLabel.setWordWrap(True)

        self.draftLayout.addWidget(self.draftLabel)

        self.draftResumeButton = QPushButton(self.draftBanner)
        self.draftResumeButton.setObjectName(u"draftResumeButton")

        self.draftLayout.addWidget(self.draftResumeButton)

        self.draftDiscardButton = QPushButton(self.draftBanner)
        self.draftDiscardButton.setObjectName(u"draftDiscardButton")

        self.draftLayout.addWidget(self.draftDiscardButton)


        self.pageLayout.addWidget(self.draftBanner)

        self.statusLabel = QLabel(ChildPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.pageLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(ChildPage)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewTabLayout = QVBoxLayout(self.overviewTab)
        self.overviewTabLayout.setObjectName(u"overviewTabLayout")
        self.overviewTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.overviewTab, "")
        self.assessmentsTab = QWidget()
        self.assessmentsTab.setObjectName(u"assessmentsTab")
        self.assessmentsTabLayout = QVBoxLayout(self.assessmentsTab)
        self.assessmentsTabLayout.setObjectName(u"assessmentsTabLayout")
        self.assessmentsTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.assessmentsTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsTabLayout = QVBoxLayout(self.actionsTab)
        self.actionsTabLayout.setObjectName(u"actionsTabLayout")
        self.actionsTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.actionsTab, "")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.meetingsTabLayout = QVBoxLayout(self.meetingsTab)
        self.meetingsTabLayout.setObjectName(u"meetingsTabLayout")
        self.meetingsTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.meetingsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleTabLayout = QVBoxLayout(self.peopleTab)
        self.peopleTabLayout.setObjectName(u"peopleTabLayout")
        self.peopleTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.peopleTab, "")
        self.consentTab = QWidget()
        self.consentTab.setObjectName(u"consentTab")
        self.consentTabLayout = QVBoxLayout(self.consentTab)
        self.consentTabLayout.setObjectName(u"consentTabLayout")
        self.consentTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.consentTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QVBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.notesTab, "")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logTabLayout = QVBoxLayout(self.logTab)
        self.logTabLayout.setObjectName(u"logTabLayout")
        self.logTabLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.logTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(ChildPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ChildPage):
        self.enterButton.setText(QCoreApplication.translate("ChildPage", u"&Meting invoeren", None))
        self.samenButton.setText(QCoreApplication.translate("ChildPage", u"Samen invu&llen\u2026", None))
#if QT_CONFIG(tooltip)
        self.samenButton.setToolTip(QCoreApplication.translate("ChildPage", u"Het kind of een ouder vult de eigen ster in op deze laptop", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ChildPage", u"Af&drukken\u2026", None))
        self.inzageButton.setText(QCoreApplication.translate("ChildPage", u"AVG-inzage maken\u2026", None))
#if QT_CONFIG(tooltip)
        self.inzageButton.setToolTip(QCoreApplication.translate("ChildPage", u"Alles wat de kluis over dit kind bewaart, in een PDF en een JSON-bestand (voor een verzoek om inzage)", None))
#endif // QT_CONFIG(tooltip)
        self.shareButton.setText(QCoreApplication.translate("ChildPage", u"Delen\u2026", None))
#if QT_CONFIG(tooltip)
        self.shareButton.setToolTip(QCoreApplication.translate("ChildPage", u"Versleuteld overdragen aan school of zorg, of exporteren voor een AVG-verzoek", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("ChildPage", u"&Terug", None))
        self.draftResumeButton.setText(QCoreApplication.translate("ChildPage", u"Verder gaan", None))
        self.draftDiscardButton.setText(QCoreApplication.translate("ChildPage", u"Weggooien", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("ChildPage", u"Overzicht", None))
        self.tabs.setTabText(self.tabs.indexOf(self.assessmentsTab), QCoreApplication.translate("ChildPage", u"Metingen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("ChildPage", u"Afspraken", None))
        self.tabs.setTabText(self.tabs.indexOf(self.meetingsTab), QCoreApplication.translate("ChildPage", u"Overleggen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("ChildPage", u"Betrokkenen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consentTab), QCoreApplication.translate("ChildPage", u"Toestemming", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ChildPage", u"Notities", None))
        self.tabs.setTabText(self.tabs.indexOf(self.logTab), QCoreApplication.translate("ChildPage", u"Logboek", None))
        pass
    # retranslateUi

