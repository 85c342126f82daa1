# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_mode.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_MeetingMode(object):
    def setupUi(self, MeetingMode):
        if not MeetingMode.objectName():
            MeetingMode.setObjectName(u"MeetingMode")
        MeetingMode.resize(1024, 768)
        self.mainLayout = QVBoxLayout(MeetingMode)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 8, 12, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.prevButton = QPushButton(MeetingMode)
        self.prevButton.setObjectName(u"prevButton")
        self.prevButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.headerLayout.addWidget(self.prevButton)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(0)
        self.titleLayout.setObjectName(u"titleLayout")
        self.nameLabel = QLabel(MeetingMode)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.titleLayout.addWidget(self.nameLabel)

        self.positionLabel = QLabel(MeetingMode)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setText(u"")
        self.positionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.titleLayout.addWidget(self.positionLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.nextButton = QPushButton(MeetingMode)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.headerLayout.addWidget(self.nextButton)

        self.headerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.canvasHost = QWidget(MeetingMode)
        self.canvasHost.setObjectName(u"canvasHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.canvasHost.sizePolicy().hasHeightForWidth())
        self.canvasHost.setSizePolicy(sizePolicy)
        self.canvasLayout = QVBoxLayout(self.canvasHost)
        self.canvasLayout.setObjectName(u"canvasLayout")
        self.canvasLayout.setContentsMargins(0, 0, 0, 0)
        self.statusLabel = QLabel(self.canvasHost)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statusLabel.setWordWrap(True)

        self.canvasLayout.addWidget(self.statusLabel)


        self.contentLayout.addWidget(self.canvasHost)

        self.sideText = QTextBrowser(MeetingMode)
        self.sideText.setObjectName(u"sideText")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.sideText.sizePolicy().hasHeightForWidth())
        self.sideText.setSizePolicy(sizePolicy1)
        self.sideText.setMinimumSize(QSize(240, 120))
        self.sideText.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sideText.setFrameShape(QFrame.Shape.NoFrame)
        self.sideText.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sideText.setOpenLinks(False)

        self.contentLayout.addWidget(self.sideText)

        self.contentLayout.setStretch(0, 7)
        self.contentLayout.setStretch(1, 4)

        self.mainLayout.addLayout(self.contentLayout)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.initialsCheck = QCheckBox(MeetingMode)
        self.initialsCheck.setObjectName(u"initialsCheck")
        self.initialsCheck.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.footerLayout.addWidget(self.initialsCheck)

        self.hintLabel = QLabel(MeetingMode)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.hintLabel)

        self.closeButton = QPushButton(MeetingMode)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.footerLayout.addWidget(self.closeButton)

        self.footerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.footerLayout)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(MeetingMode)
    # setupUi

    def retranslateUi(self, MeetingMode):
        MeetingMode.setWindowTitle(QCoreApplication.translate("MeetingMode", u"Overlegmodus", None))
#if QT_CONFIG(accessibility)
        MeetingMode.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Overlegmodus", None))
#endif // QT_CONFIG(accessibility)
        self.prevButton.setText(QCoreApplication.translate("MeetingMode", u"\u2190 Vorige", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("MeetingMode", u"Vorig kind (pijl links)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("MeetingMode", u"Volgende \u2192", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("MeetingMode", u"Volgend kind (pijl rechts)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sideText.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Wat gaat goed, gespreksonderwerpen en open afspraken", None))
#endif // QT_CONFIG(accessibility)
        self.initialsCheck.setText(QCoreApplication.translate("MeetingMode", u"Alleen &initialen (I)", None))
        self.hintLabel.setText(QCoreApplication.translate("MeetingMode", u"\u2190 \u2192 vorig of volgend kind \u00b7 \u2191 \u2193 tekst schuiven \u00b7 I initialen \u00b7 Esc sluiten", None))
        self.closeButton.setText(QCoreApplication.translate("MeetingMode", u"Sluiten (Esc)", None))
    # retranslateUi

