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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MeetingMode(object):
    def setupUi(self, MeetingMode):
        if not MeetingMode.objectName():
            MeetingMode.setObjectName(u"MeetingMode")
        MeetingMode.resize(1280, 800)
        self.mainLayout = QVBoxLayout(MeetingMode)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.prevButton = QPushButton(MeetingMode)
        self.prevButton.setObjectName(u"prevButton")
        self.prevButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.headerLayout.addWidget(self.prevButton)

        self.nameLabel = QLabel(MeetingMode)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerLayout.addWidget(self.nameLabel)

        self.nextButton = QPushButton(MeetingMode)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.headerLayout.addWidget(self.nextButton)

        self.headerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.positionLabel = QLabel(MeetingMode)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setText(u"")
        self.positionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.positionLabel)

        self.contentLayout = QHBoxLayout()
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

        self.topicsLabel = QLabel(MeetingMode)
        self.topicsLabel.setObjectName(u"topicsLabel")
        self.topicsLabel.setText(u"")
        self.topicsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.topicsLabel.setWordWrap(True)
        self.topicsLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.contentLayout.addWidget(self.topicsLabel)

        self.contentLayout.setStretch(0, 3)
        self.contentLayout.setStretch(1, 1)

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

        self.footerLayout.addWidget(self.hintLabel)

        self.closeButton = QPushButton(MeetingMode)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.footerLayout.addWidget(self.closeButton)

        self.footerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.footerLayout)


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
        self.topicsLabel.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Gespreksonderwerpen", None))
#endif // QT_CONFIG(accessibility)
        self.initialsCheck.setText(QCoreApplication.translate("MeetingMode", u"Alleen &initialen (I)", None))
        self.hintLabel.setText(QCoreApplication.translate("MeetingMode", u"\u2190 \u2192 vorig of volgend kind \u00b7 I initialen \u00b7 Esc sluiten", None))
        self.closeButton.setText(QCoreApplication.translate("MeetingMode", u"Sluiten (Esc)", None))
    # retranslateUi

