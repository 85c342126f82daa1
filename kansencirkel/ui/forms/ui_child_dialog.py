# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChildDialog(object):
    def setupUi(self, ChildDialog):
        if not ChildDialog.objectName():
            ChildDialog.setObjectName(u"ChildDialog")
        ChildDialog.resize(480, 310)
        self.mainLayout = QVBoxLayout(ChildDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ChildDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.givenLabel = QLabel(ChildDialog)
        self.givenLabel.setObjectName(u"givenLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenEdit = QLineEdit(ChildDialog)
        self.givenEdit.setObjectName(u"givenEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenEdit)

        self.familyLabel = QLabel(ChildDialog)
        self.familyLabel.setObjectName(u"familyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyEdit = QLineEdit(ChildDialog)
        self.familyEdit.setObjectName(u"familyEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.familyEdit)

        self.schoolLabel = QLabel(ChildDialog)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolEdit = QLineEdit(ChildDialog)
        self.schoolEdit.setObjectName(u"schoolEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schoolEdit)

        self.groupLabel = QLabel(ChildDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupEdit = QLineEdit(ChildDialog)
        self.groupEdit.setObjectName(u"groupEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupEdit)

        self.dobLabel = QLabel(ChildDialog)
        self.dobLabel.setObjectName(u"dobLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dobLabel)

        self.dobEdit = QLineEdit(ChildDialog)
        self.dobEdit.setObjectName(u"dobEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dobEdit)

        self.openedLabel = QLabel(ChildDialog)
        self.openedLabel.setObjectName(u"openedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.openedLabel)

        self.openedEdit = QLineEdit(ChildDialog)
        self.openedEdit.setObjectName(u"openedEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.openedEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(ChildDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ChildDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.givenLabel.setBuddy(self.givenEdit)
        self.familyLabel.setBuddy(self.familyEdit)
        self.schoolLabel.setBuddy(self.schoolEdit)
        self.groupLabel.setBuddy(self.groupEdit)
        self.dobLabel.setBuddy(self.dobEdit)
        self.openedLabel.setBuddy(self.openedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChildDialog)
    # setupUi

    def retranslateUi(self, ChildDialog):
        ChildDialog.setWindowTitle(QCoreApplication.translate("ChildDialog", u"Kind \u2014 Kansencirkel", None))
        self.intro.setText(QCoreApplication.translate("ChildDialog", u"Leg alleen vast wat het team nodig heeft. De geboortedatum is niet verplicht; die bepaalt wel wie toestemming geeft.", None))
        self.givenLabel.setText(QCoreApplication.translate("ChildDialog", u"&Voornaam:", None))
#if QT_CONFIG(accessibility)
        self.givenEdit.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Voornaam", None))
#endif // QT_CONFIG(accessibility)
        self.familyLabel.setText(QCoreApplication.translate("ChildDialog", u"&Achternaam:", None))
#if QT_CONFIG(accessibility)
        self.familyEdit.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Achternaam", None))
#endif // QT_CONFIG(accessibility)
        self.schoolLabel.setText(QCoreApplication.translate("ChildDialog", u"&School:", None))
#if QT_CONFIG(accessibility)
        self.schoolEdit.setAccessibleName(QCoreApplication.translate("ChildDialog", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.groupLabel.setText(QCoreApplication.translate("ChildDialog", u"&Groep:", None))
#if QT_CONFIG(accessibility)
        self.groupEdit.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Groep", None))
#endif // QT_CONFIG(accessibility)
        self.groupEdit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"bijv. 6 of 7B", None))
        self.dobLabel.setText(QCoreApplication.translate("ChildDialog", u"Geboorte&datum:", None))
#if QT_CONFIG(accessibility)
        self.dobEdit.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Geboortedatum", None))
#endif // QT_CONFIG(accessibility)
        self.dobEdit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(tooltip)
        self.dobEdit.setToolTip(QCoreApplication.translate("ChildDialog", u"Mag leeg blijven. Wel nodig om te weten wie toestemming geeft (ouders, het kind of samen).", None))
#endif // QT_CONFIG(tooltip)
        self.openedLabel.setText(QCoreApplication.translate("ChildDialog", u"Dossier geopend o&p:", None))
#if QT_CONFIG(accessibility)
        self.openedEdit.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Dossier geopend op", None))
#endif // QT_CONFIG(accessibility)
        self.openedEdit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ChildDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

