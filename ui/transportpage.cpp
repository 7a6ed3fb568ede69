// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "transportpage.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include "core/catalog/hostnames.h"
#include "core/catalog/plan.h"
#include "ui/fieldmessage.h"
#include "ui/wizard.h"

using namespace Qt::StringLiterals;

namespace tpready {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

TransportPage::TransportPage(QWidget *parent) : QWizardPage(parent), m_group(new QButtonGroup(this))
{
    setTitle(tr("Transport"));
    setSubTitle(tr("How does the base station talk to ThingPark? This chooses the vendor's flow table."));

    const QList<std::pair<Transport, QString>> transports{
        {Transport::LrrIpsec, tr("An IPsec tunnel (IKEv2 on UDP 500 and 4500, then ESP) carries the LRR's traffic.")},
        {Transport::LrrTls, tr("TLS tunnels on TCP 3001 to 3003 carry the LRR's traffic.")},
        {Transport::LrrPlain, QString()},
        {Transport::BasicsStation, tr("The gateway runs Semtech Basics Station instead of the LRR: LNS and CUPS "
                                      "over TLS.")},
    };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const auto &[transport, text] : transports) {
        auto *button = new QRadioButton(displayName(transport), this);
        button->setObjectName(u"transportRadio_"_s + toToken(transport));
        button->setAccessibleName(displayName(transport));
        button->setAccessibleDescription(text);
        m_group->addButton(button, static_cast<int>(transport));
        m_buttons.insert(transport, button);
        QLabel *label = wrappedLabel(text, this);
        if (transport == Transport::LrrPlain) {
            m_plainExplanation = label;
            label->setObjectName(u"lrrPlainExplanation"_s);
        }
        // The first line of the explanation sits level with the button's text.
        label->setContentsMargins(0, (button->sizeHint().height() - label->fontMetrics().height()) / 2, 0, 0);
        grid->addWidget(button, row, 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(label, row, 1, Qt::AlignTop);
        ++row;
    }

    // Created after the buttons: the focus chain follows creation, and keyboard users go from top to bottom.
    m_lrrVersion = lineEdit(u"lrrVersionEdit"_s, tr("LRR version"), this);
    m_lrrVersionMessage = new FieldMessage(m_lrrVersion, this);
    m_lrrVersionHint = wrappedLabel(QString(), this);
    auto *advanced = new QGroupBox(tr("Advanced: the site's own servers (optional)"), this);
    m_ntpServers = lineEdit(u"ntpServersEdit"_s, tr("NTP servers"), advanced);
    m_ntpMessage = new FieldMessage(m_ntpServers, advanced);
    m_dnsServers = lineEdit(u"dnsServersEdit"_s, tr("DNS servers"), advanced);
    m_dnsMessage = new FieldMessage(m_dnsServers, advanced);

    m_lrrVersion->setMaxLength(16);
    m_lrrVersion->setPlaceholderText(tr("empty: a current LRR"));
    m_lrrVersionMessage->setObjectName(u"lrrVersionMessage"_s);
    m_lrrVersionHint->setObjectName(u"lrrVersionHint"_s);
    auto *versionLabel = new QLabel(tr("LRR &version:"), this);
    versionLabel->setBuddy(m_lrrVersion);
    // Grids rather than form layouts: they give the word-wrapped messages the height their text needs.
    auto *versionGrid = new QGridLayout;
    versionGrid->setColumnStretch(1, 1);
    versionGrid->addWidget(versionLabel, 0, 0);
    versionGrid->addWidget(m_lrrVersion, 0, 1);
    versionGrid->addWidget(m_lrrVersionMessage, 1, 1);
    versionGrid->addWidget(m_lrrVersionHint, 2, 1);

    const QString defaultNtp = Selection::defaultNtpServers().join(u", ");
    m_ntpServers->setPlaceholderText(tr("empty: %1, the default").arg(defaultNtp));
    m_ntpMessage->setObjectName(u"ntpServersMessage"_s);
    m_dnsMessage->setObjectName(u"dnsServersMessage"_s);
    setSystemDnsServers({});

    advanced->setObjectName(u"advancedGroup"_s);
    auto *ntpLabel = new QLabel(tr("NT&P servers:"), advanced);
    ntpLabel->setBuddy(m_ntpServers);
    auto *dnsLabel = new QLabel(tr("&DNS servers:"), advanced);
    dnsLabel->setBuddy(m_dnsServers);
    auto *advancedGrid = new QGridLayout(advanced);
    advancedGrid->setColumnStretch(1, 1);
    advancedGrid->addWidget(ntpLabel, 0, 0);
    advancedGrid->addWidget(m_ntpServers, 0, 1);
    advancedGrid->addWidget(m_ntpMessage, 1, 1);
    advancedGrid->addWidget(dnsLabel, 2, 0);
    advancedGrid->addWidget(m_dnsServers, 2, 1);
    advancedGrid->addWidget(m_dnsMessage, 3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addLayout(versionGrid);
    layout->addSpacing(8);
    layout->addWidget(advanced);
    layout->addStretch(1);

    m_buttons.value(Transport::LrrIpsec)->setChecked(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateState();
        emit changed();
    });
    for (QLineEdit *edit : {m_lrrVersion, m_ntpServers, m_dnsServers}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateState();
            emit changed();
        });
    }
    setDeployment(Deployment::Saas);
}

TransportPage::~TransportPage() = default;

void TransportPage::setDeployment(Deployment deployment)
{
    m_deployment = deployment;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const bool available = isTransportAvailable(deployment, it.key());
        it.value()->setEnabled(available);
        if (!available && it.value()->isChecked())
            m_buttons.value(Transport::LrrIpsec)->setChecked(true);
    }
    const bool plainAvailable = isTransportAvailable(deployment, Transport::LrrPlain);
    const QString plainText =
        plainAvailable ? tr("IEC 104 (TCP 2404) and FTP (TCP 21) without encryption.")
                       : tr("Not available with ThingPark SaaS: the vendor lists it for self-hosted deployments only.");
    m_plainExplanation->setText(plainText);
    m_buttons.value(Transport::LrrPlain)->setAccessibleDescription(plainText);
    updateState();
}

void TransportPage::setSystemDnsServers(const QStringList &servers)
{
    m_dnsServers->setPlaceholderText(servers.isEmpty()
                                         ? tr("empty: none found on this laptop, give the site's resolver")
                                         : tr("empty: this laptop's resolvers, %1").arg(servers.join(u", ")));
}

Transport TransportPage::transport() const
{
    const int id = m_group->checkedId();
    return id < 0 ? Transport::LrrIpsec : static_cast<Transport>(id);
}

void TransportPage::setTransport(Transport transport)
{
    QRadioButton *button = m_buttons.value(transport);
    if (button && button->isEnabled())
        button->setChecked(true);
}

std::optional<LrrVersion> TransportPage::lrrVersion() const
{
    if (!isLrrTransport(transport()))
        return std::nullopt;
    return LrrVersion::parse(m_lrrVersion->text().trimmed());
}

QString TransportPage::lrrVersionText() const
{
    return m_lrrVersion->text();
}

void TransportPage::setLrrVersionText(const QString &text)
{
    m_lrrVersion->setText(text);
}

QStringList TransportPage::ntpServers() const
{
    return splitHostList(m_ntpServers->text());
}

QString TransportPage::ntpServersText() const
{
    return m_ntpServers->text();
}

void TransportPage::setNtpServersText(const QString &text)
{
    m_ntpServers->setText(text);
}

QStringList TransportPage::dnsServers() const
{
    return splitHostList(m_dnsServers->text());
}

QString TransportPage::dnsServersText() const
{
    return m_dnsServers->text();
}

void TransportPage::setDnsServersText(const QString &text)
{
    m_dnsServers->setText(text);
}

QString TransportPage::lrrVersionProblem() const
{
    const QString text = m_lrrVersion->text().trimmed();
    if (!isLrrTransport(transport()) || text.isEmpty() || LrrVersion::parse(text))
        return {};
    return tr("'%1' is not an LRR version: write it as major.minor, e.g. 2.8 or 2.8.1.").arg(text.left(16));
}

bool TransportPage::isComplete() const
{
    const QAbstractButton *checked = m_group->checkedButton();
    return checked && checked->isEnabled() && lrrVersionProblem().isEmpty() &&
           checkHostList(ntpServers(), HostListKind::NtpServers).isEmpty() &&
           checkHostList(dnsServers(), HostListKind::DnsServers).isEmpty();
}

int TransportPage::nextId() const
{
    return Wizard::Page_Flows;
}

void TransportPage::updateState()
{
    const bool lrr = isLrrTransport(transport());
    m_lrrVersion->setEnabled(lrr);
    m_lrrVersionHint->setText(lrr ? tr("Leave it empty for a current LRR. Before 2.8 the vendor's certificate-check "
                                       "flows do not apply, and the flow table leaves them out.")
                                  : tr("Basics Station has no LRR version."));
    m_lrrVersionMessage->setMessage(lrrVersionProblem());
    m_ntpMessage->setMessage(checkHostList(ntpServers(), HostListKind::NtpServers));
    m_dnsMessage->setMessage(checkHostList(dnsServers(), HostListKind::DnsServers));
    emit completeChanged();
}

} // namespace tpready
