# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AssessmentForm(object):
    def setupUi(self, AssessmentForm):
        if not AssessmentForm.objectName():
            AssessmentForm.setObjectName(u"AssessmentForm")
        AssessmentForm.resize(1200, 660)
        self.mainLayout = QVBoxLayout(AssessmentForm)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.perspectiveLabel = QLabel(AssessmentForm)
        self.perspectiveLabel.setObjectName(u"perspectiveLabel")

        self.headerLayout.addWidget(self.perspectiveLabel)

        self.perspectiveCombo = QComboBox(AssessmentForm)
        self.perspectiveCombo.setObjectName(u"perspectiveCombo")

        self.headerLayout.addWidget(self.perspectiveCombo)

        self.dateLabel = QLabel(AssessmentForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerLayout.addWidget(self.dateLabel)

        self.dateEdit = QDateEdit(AssessmentForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.headerLayout.addWidget(self.dateEdit)

        self.givenByLabel = QLabel(AssessmentForm)
        self.givenByLabel.setObjectName(u"givenByLabel")

        self.headerLayout.addWidget(self.givenByLabel)

        self.givenByEdit = QLineEdit(AssessmentForm)
        self.givenByEdit.setObjectName(u"givenByEdit")
        self.givenByEdit.setMinimumSize(QSize(160, 0))

        self.headerLayout.addWidget(self.givenByEdit)

        self.roleCombo = QComboBox(AssessmentForm)
        self.roleCombo.setObjectName(u"roleCombo")

        self.headerLayout.addWidget(self.roleCombo)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.revealButton = QPushButton(AssessmentForm)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setCheckable(True)
        self.revealButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.revealButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.draftBanner = QFrame(AssessmentForm)
        self.draftBanner.setObjectName(u"draftBanner")
        self.draftBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.draftLayout = QHBoxLayout(self.draftBanner)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLayout.setContentsMargins(-1, 4, -1, 4)
        self.draftLabel = QLabel(self.draftBanner)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setText(u"")
        self.draftLabel.setWordWrap(True)

        self.draftLayout.addWidget(self.draftLabel)

        self.draftResumeButton = QPushButton(self.draftBanner)
        self.draftResumeButton.setObjectName(u"draftResumeButton")
        self.draftResumeButton.setAutoDefault(False)

        self.draftLayout.addWidget(self.draftResumeButton)

        self.draftDiscardButton = QPushButton(self.draftBanner)
        self.draftDiscardButton.setObjectName(u"draftDiscardButton")
        self.draftDiscardButton.setAutoDefault(False)

        self.draftLayout.addWidget(self.draftDiscardButton)


        self.mainLayout.addWidget(self.draftBanner)

        self.correctionBox = QWidget(AssessmentForm)
        self.correctionBox.setObjectName(u"correctionBox")
        self.correctionLayout = QHBoxLayout(self.correctionBox)
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.correctionLayout.setContentsMargins(0, 0, 0, 0)
        self.reasonLabel = QLabel(self.correctionBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.correctionLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.correctionBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.correctionLayout.addWidget(self.reasonEdit)


        self.mainLayout.addWidget(self.correctionBox)

        self.keyHintLabel = QLabel(AssessmentForm)
        self.keyHintLabel.setObjectName(u"keyHintLabel")
        self.keyHintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.keyHintLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.rowsScroll = QScrollArea(AssessmentForm)
        self.rowsScroll.setObjectName(u"rowsScroll")
        self.rowsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rowsScroll.setMinimumSize(QSize(0, 300))
        self.rowsScroll.setWidgetResizable(True)
        self.rowsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rowsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rowsContainer = QWidget()
        self.rowsContainer.setObjectName(u"rowsContainer")
        self.rowsLayout = QVBoxLayout(self.rowsContainer)
        self.rowsLayout.setSpacing(2)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsLayout.setContentsMargins(0, 0, 0, 0)
        self.rowsScroll.setWidget(self.rowsContainer)

        self.bodyLayout.addWidget(self.rowsScroll)

        self.helpPanel = QFrame(AssessmentForm)
        self.helpPanel.setObjectName(u"helpPanel")
        self.helpPanel.setMinimumSize(QSize(230, 0))
        self.helpPanel.setMaximumSize(QSize(290, 16777215))
        self.helpPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.helpLayout = QVBoxLayout(self.helpPanel)
        self.helpLayout.setObjectName(u"helpLayout")
        self.helpTitle = QLabel(self.helpPanel)
        self.helpTitle.setObjectName(u"helpTitle")
        self.helpTitle.setText(u"")
        self.helpTitle.setWordWrap(True)

        self.helpLayout.addWidget(self.helpTitle)

        self.helpText = QLabel(self.helpPanel)
        self.helpText.setObjectName(u"helpText")
        self.helpText.setText(u"")
        self.helpText.setWordWrap(True)
        self.helpText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.helpLayout.addWidget(self.helpText)

        self.promptsLabel = QLabel(self.helpPanel)
        self.promptsLabel.setObjectName(u"promptsLabel")
        self.promptsLabel.setText(u"")
        self.promptsLabel.setWordWrap(True)
        self.promptsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.helpLayout.addWidget(self.promptsLabel)

        self.revealLabel = QLabel(self.helpPanel)
        self.revealLabel.setObjectName(u"revealLabel")
        self.revealLabel.setText(u"")
        self.revealLabel.setWordWrap(True)
        self.revealLabel.setTextFormat(Qt.TextFormat.RichText)

        self.helpLayout.addWidget(self.revealLabel)

        self.helpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.helpLayout.addItem(self.helpSpacer)


        self.bodyLayout.addWidget(self.helpPanel)

        self.bodyLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.bodyLayout)

        self.textsLayout = QGridLayout()
        self.textsLayout.setObjectName(u"textsLayout")
        self.goesWellLabel = QLabel(AssessmentForm)
        self.goesWellLabel.setObjectName(u"goesWellLabel")

        self.textsLayout.addWidget(self.goesWellLabel, 0, 0, 1, 1)

        self.wishesLabel = QLabel(AssessmentForm)
        self.wishesLabel.setObjectName(u"wishesLabel")

        self.textsLayout.addWidget(self.wishesLabel, 0, 1, 1, 1)

        self.goesWellEdit = QPlainTextEdit(AssessmentForm)
        self.goesWellEdit.setObjectName(u"goesWellEdit")
        self.goesWellEdit.setMaximumSize(QSize(16777215, 80))
        self.goesWellEdit.setTabChangesFocus(True)

        self.textsLayout.addWidget(self.goesWellEdit, 1, 0, 1, 1)

        self.wishesEdit = QPlainTextEdit(AssessmentForm)
        self.wishesEdit.setObjectName(u"wishesEdit")
        self.wishesEdit.setMaximumSize(QSize(16777215, 80))
        self.wishesEdit.setTabChangesFocus(True)

        self.textsLayout.addWidget(self.wishesEdit, 1, 1, 1, 1)


        self.mainLayout.addLayout(self.textsLayout)

        self.errorLabel = QLabel(AssessmentForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.draftStatusLabel = QLabel(AssessmentForm)
        self.draftStatusLabel.setObjectName(u"draftStatusLabel")

        self.buttonLayout.addWidget(self.draftStatusLabel)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(AssessmentForm)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(AssessmentForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.perspectiveLabel.setBuddy(self.perspectiveCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.givenByLabel.setBuddy(self.givenByEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.goesWellLabel.setBuddy(self.goesWellEdit)
        self.wishesLabel.setBuddy(self.wishesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssessmentForm)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, AssessmentForm):
        AssessmentForm.setWindowTitle(QCoreApplication.translate("AssessmentForm", u"Meting invoeren", None))
        self.perspectiveLabel.setText(QCoreApplication.translate("AssessmentForm", u"&Gezichtspunt", None))
#if QT_CONFIG(accessibility)
        self.perspectiveCombo.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Gezichtspunt", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("AssessmentForm", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Datum van de meting", None))
#endif // QT_CONFIG(accessibility)
        self.givenByLabel.setText(QCoreApplication.translate("AssessmentForm", u"Gegeve&n door", None))
#if QT_CONFIG(accessibility)
        self.givenByEdit.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Gegeven door (naam)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Rol van wie de scores gaf", None))
#endif // QT_CONFIG(accessibility)
        self.revealButton.setText(QCoreApplication.translate("AssessmentForm", u"Toon andere gezichtspunten", None))
        self.draftResumeButton.setText(QCoreApplication.translate("AssessmentForm", u"&Verder gaan", None))
        self.draftDiscardButton.setText(QCoreApplication.translate("AssessmentForm", u"&Weggooien", None))
        self.reasonLabel.setText(QCoreApplication.translate("AssessmentForm", u"&Reden van de correctie", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Reden van de correctie", None))
#endif // QT_CONFIG(accessibility)
        self.keyHintLabel.setText(QCoreApplication.translate("AssessmentForm", u"Kies per gebied met de toetsen 1\u20135, of 0 voor \u2018weet niet\u2019. Tab of Enter gaat naar het volgende gebied; Ctrl+Enter slaat op.", None))
        self.goesWellLabel.setText(QCoreApplication.translate("AssessmentForm", u"W&at gaat goed? (verplicht)", None))
        self.wishesLabel.setText(QCoreApplication.translate("AssessmentForm", u"W&ensen / hoop", None))
#if QT_CONFIG(accessibility)
        self.goesWellEdit.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Wat gaat goed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.wishesEdit.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Wensen en hoop", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AssessmentForm", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.draftStatusLabel.setText(QCoreApplication.translate("AssessmentForm", u"Wat je typt, wordt steeds als concept bewaard; sluiten kan dus altijd.", None))
        self.cancelButton.setText(QCoreApplication.translate("AssessmentForm", u"Sluiten", None))
        self.saveButton.setText(QCoreApplication.translate("AssessmentForm", u"&Opslaan", None))
    # retranslateUi

