# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pulse_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PulseDialog(object):
    def setupUi(self, PulseDialog):
        if not PulseDialog.objectName():
            PulseDialog.setObjectName(u"PulseDialog")
        PulseDialog.resize(620, 340)
        self.mainLayout = QVBoxLayout(PulseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PulseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.sideComboLabel = QLabel(PulseDialog)
        self.sideComboLabel.setObjectName(u"sideComboLabel")

        self.formLayout.addWidget(self.sideComboLabel, 0, 0, 1, 1)

        self.sideCombo = QComboBox(PulseDialog)
        self.sideCombo.setObjectName(u"sideCombo")

        self.formLayout.addWidget(self.sideCombo, 0, 1, 1, 1)

        self.rightPeopleComboLabel = QLabel(PulseDialog)
        self.rightPeopleComboLabel.setObjectName(u"rightPeopleComboLabel")

        self.formLayout.addWidget(self.rightPeopleComboLabel, 1, 0, 1, 1)

        self.rightPeopleCombo = QComboBox(PulseDialog)
        self.rightPeopleCombo.setObjectName(u"rightPeopleCombo")

        self.formLayout.addWidget(self.rightPeopleCombo, 1, 1, 1, 1)

        self.rightPeopleEdit = QLineEdit(PulseDialog)
        self.rightPeopleEdit.setObjectName(u"rightPeopleEdit")

        self.formLayout.addWidget(self.rightPeopleEdit, 2, 1, 1, 1)

        self.regieComboLabel = QLabel(PulseDialog)
        self.regieComboLabel.setObjectName(u"regieComboLabel")

        self.formLayout.addWidget(self.regieComboLabel, 3, 0, 1, 1)

        self.regieCombo = QComboBox(PulseDialog)
        self.regieCombo.setObjectName(u"regieCombo")

        self.formLayout.addWidget(self.regieCombo, 3, 1, 1, 1)

        self.regieEdit = QLineEdit(PulseDialog)
        self.regieEdit.setObjectName(u"regieEdit")

        self.formLayout.addWidget(self.regieEdit, 4, 1, 1, 1)

        self.nextStepsComboLabel = QLabel(PulseDialog)
        self.nextStepsComboLabel.setObjectName(u"nextStepsComboLabel")

        self.formLayout.addWidget(self.nextStepsComboLabel, 5, 0, 1, 1)

        self.nextStepsCombo = QComboBox(PulseDialog)
        self.nextStepsCombo.setObjectName(u"nextStepsCombo")

        self.formLayout.addWidget(self.nextStepsCombo, 5, 1, 1, 1)

        self.nextStepsEdit = QLineEdit(PulseDialog)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")

        self.formLayout.addWidget(self.nextStepsEdit, 6, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(PulseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PulseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sideComboLabel.setBuddy(self.sideCombo)
        self.rightPeopleComboLabel.setBuddy(self.rightPeopleCombo)
        self.regieComboLabel.setBuddy(self.regieCombo)
        self.nextStepsComboLabel.setBuddy(self.nextStepsCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PulseDialog)
    # setupUi

    def retranslateUi(self, PulseDialog):
        PulseDialog.setWindowTitle(QCoreApplication.translate("PulseDialog", u"Hoe ging de samenwerking?", None))
        self.introLabel.setText(QCoreApplication.translate("PulseDialog", u"Een korte terugblik op dit overleg, per kant \u2014 nooit per persoon. Alles is vrijwillig.", None))
        self.sideComboLabel.setText(QCoreApplication.translate("PulseDialog", u"&Kant", None))
#if QT_CONFIG(accessibility)
        self.sideCombo.setAccessibleName(QCoreApplication.translate("PulseDialog", u"Kant", None))
#endif // QT_CONFIG(accessibility)
        self.rightPeopleComboLabel.setText(QCoreApplication.translate("PulseDialog", u"Waren de &juiste mensen erbij?", None))
#if QT_CONFIG(accessibility)
        self.rightPeopleCombo.setAccessibleName(QCoreApplication.translate("PulseDialog", u"Waren de juiste mensen erbij", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rightPeopleEdit.setAccessibleName(QCoreApplication.translate("PulseDialog", u"Toelichting: waren de juiste mensen erbij", None))
#endif // QT_CONFIG(accessibility)
        self.rightPeopleEdit.setPlaceholderText(QCoreApplication.translate("PulseDialog", u"In \u00e9\u00e9n zin: waarom?", None))
        self.regieComboLabel.setText(QCoreApplication.translate("PulseDialog", u"Is duidelijk wie wat doet (&regie)?", None))
#if QT_CONFIG(accessibility)
        self.regieCombo.setAccessibleName(QCoreApplication.translate("PulseDialog", u"Is duidelijk wie wat doet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.regieEdit.setAccessibleName(QCoreApplication.translate("PulseDialog", u"Toelichting: is duidelijk wie wat doet", None))
#endif // QT_CONFIG(accessibility)
        self.regieEdit.setPlaceholderText(QCoreApplication.translate("PulseDialog", u"In \u00e9\u00e9n zin: waarom?", None))
        self.nextStepsComboLabel.setText(QCoreApplication.translate("PulseDialog", u"Hebben we volgende &stappen afgesproken?", None))
#if QT_CONFIG(accessibility)
        self.nextStepsCombo.setAccessibleName(QCoreApplication.translate("PulseDialog", u"Hebben we volgende stappen afgesproken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextStepsEdit.setAccessibleName(QCoreApplication.translate("PulseDialog", u"Toelichting: hebben we volgende stappen afgesproken", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepsEdit.setPlaceholderText(QCoreApplication.translate("PulseDialog", u"In \u00e9\u00e9n zin: waarom?", None))
    # retranslateUi

