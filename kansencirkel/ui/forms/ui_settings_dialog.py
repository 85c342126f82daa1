# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.displayGroup = QGroupBox(SettingsDialog)
        self.displayGroup.setObjectName(u"displayGroup")
        self.displayForm = QFormLayout(self.displayGroup)
        self.displayForm.setObjectName(u"displayForm")
        self.displayForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(self.displayGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.displayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.displayGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.displayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addWidget(self.displayGroup)

        self.securityGroup = QGroupBox(SettingsDialog)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityForm = QFormLayout(self.securityGroup)
        self.securityForm.setObjectName(u"securityForm")
        self.securityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.idleLabel = QLabel(self.securityGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.securityGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(120)
        self.idleSpin.setValue(5)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.behalfLabel = QLabel(self.securityGroup)
        self.behalfLabel.setObjectName(u"behalfLabel")

        self.securityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.behalfLabel)

        self.behalfEdit = QLineEdit(self.securityGroup)
        self.behalfEdit.setObjectName(u"behalfEdit")
        self.behalfEdit.setMaxLength(200)

        self.securityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.behalfEdit)


        self.mainLayout.addWidget(self.securityGroup)

        self.backupGroup = QGroupBox(SettingsDialog)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupForm = QFormLayout(self.backupGroup)
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.folderLabel = QLabel(self.backupGroup)
        self.folderLabel.setObjectName(u"folderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(self.backupGroup)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.backupGroup)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderRow.addWidget(self.browseButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.keepLabel = QLabel(self.backupGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepSpin = QSpinBox(self.backupGroup)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(100)
        self.keepSpin.setValue(10)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keepSpin)

        self.backupNowRow = QHBoxLayout()
        self.backupNowRow.setObjectName(u"backupNowRow")
        self.backupNowButton = QPushButton(self.backupGroup)
        self.backupNowButton.setObjectName(u"backupNowButton")
        self.backupNowButton.setAutoDefault(False)

        self.backupNowRow.addWidget(self.backupNowButton)

        self.backupStatus = QLabel(self.backupGroup)
        self.backupStatus.setObjectName(u"backupStatus")
        self.backupStatus.setText(u"")
        self.backupStatus.setWordWrap(True)

        self.backupNowRow.addWidget(self.backupStatus)


        self.backupForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.backupNowRow)


        self.mainLayout.addWidget(self.backupGroup)

        self.vaultGroup = QGroupBox(SettingsDialog)
        self.vaultGroup.setObjectName(u"vaultGroup")
        self.vaultForm = QFormLayout(self.vaultGroup)
        self.vaultForm.setObjectName(u"vaultForm")
        self.vaultForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.retentionLabel = QLabel(self.vaultGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.vaultForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionSpin = QSpinBox(self.vaultGroup)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(0)
        self.retentionSpin.setMaximum(20)
        self.retentionSpin.setValue(2)

        self.vaultForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.staleLabel = QLabel(self.vaultGroup)
        self.staleLabel.setObjectName(u"staleLabel")

        self.vaultForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staleLabel)

        self.staleSpin = QSpinBox(self.vaultGroup)
        self.staleSpin.setObjectName(u"staleSpin")
        self.staleSpin.setMinimum(1)
        self.staleSpin.setMaximum(36)
        self.staleSpin.setValue(6)

        self.vaultForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staleSpin)

        self.compareLabel = QLabel(self.vaultGroup)
        self.compareLabel.setObjectName(u"compareLabel")

        self.vaultForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.compareLabel)

        self.compareSpin = QSpinBox(self.vaultGroup)
        self.compareSpin.setObjectName(u"compareSpin")
        self.compareSpin.setMinimum(1)
        self.compareSpin.setMaximum(24)
        self.compareSpin.setValue(4)

        self.vaultForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.compareSpin)


        self.mainLayout.addWidget(self.vaultGroup)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.idleLabel.setBuddy(self.idleSpin)
        self.behalfLabel.setBuddy(self.behalfEdit)
        self.folderLabel.setBuddy(self.folderEdit)
        self.keepLabel.setBuddy(self.keepSpin)
        self.retentionLabel.setBuddy(self.retentionSpin)
        self.staleLabel.setBuddy(self.staleSpin)
        self.compareLabel.setBuddy(self.compareSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen \u2014 Kansencirkel", None))
        self.displayGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Weergave (deze computer)", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Taal:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Taal", None))
#endif // QT_CONFIG(accessibility)
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Beveiliging (deze computer)", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Vergrendelen na:", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Automatisch vergrendelen na zoveel minuten", None))
#endif // QT_CONFIG(accessibility)
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minuten niets doen", None))
        self.behalfLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ik werk nam&ens:", None))
#if QT_CONFIG(accessibility)
        self.behalfEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Namens wie je werkt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.behalfEdit.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Je school of organisatie; het logboek noemt dit bij alles wat je doet.", None))
#endif // QT_CONFIG(accessibility)
        self.behalfEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"je school of organisatie, bijv. OBS De Linde", None))
#if QT_CONFIG(tooltip)
        self.behalfEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"Het logboek van elk dossier noemt bij alles wat je doet namens wie je werkt (NEN 7513).", None))
#endif // QT_CONFIG(tooltip)
        self.backupGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Reservekopie\u00ebn (deze computer)", None))
        self.folderLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Map:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Map voor reservekopie\u00ebn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Map voor reservekopie\u00ebn kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"Bla&deren\u2026", None))
        self.keepLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Bewaren:", None))
#if QT_CONFIG(accessibility)
        self.keepSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Aantal reservekopie\u00ebn dat bewaard blijft", None))
#endif // QT_CONFIG(accessibility)
        self.keepSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" nieuwste kopie\u00ebn", None))
        self.backupNowButton.setText(QCoreApplication.translate("SettingsDialog", u"&Nu reservekopie maken", None))
#if QT_CONFIG(accessibility)
        self.backupStatus.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Resultaat van de reservekopie", None))
#endif // QT_CONFIG(accessibility)
        self.vaultGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Kluis (voor het hele team)", None))
        self.retentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Be&waartermijn:", None))
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Bewaartermijn van een afgesloten dossier in jaren", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" jaar na afsluiten", None))
        self.staleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Gezichtspunt &opnieuw vragen na:", None))
#if QT_CONFIG(accessibility)
        self.staleSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Na zoveel maanden wordt een gezichtspunt opnieuw gevraagd", None))
#endif // QT_CONFIG(accessibility)
        self.staleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" maanden (voor 'aandacht nodig')", None))
        self.compareLabel.setText(QCoreApplication.translate("SettingsDialog", u"Metingen ver&gelijken binnen:", None))
#if QT_CONFIG(accessibility)
        self.compareSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Metingen vergelijken binnen zoveel maanden van de nieuwste meting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.compareSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Gespreksonderwerpen vergelijken alleen metingen die zo dicht bij de nieuwste liggen; een oudere meting staat er lichter bij, met haar leeftijd.", None))
#endif // QT_CONFIG(tooltip)
        self.compareSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" maanden van de nieuwste meting", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

