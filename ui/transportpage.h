// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QMap>
#include <QWizardPage>
#include <optional>

#include "core/catalog/vocabulary.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tpready {

class FieldMessage;

/// Page 4: how the base station talks to ThingPark (LRR over IPsec or TLS, LRR with neither, Basics Station), the
/// LRR version, and the site's own NTP and DNS servers.
class TransportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportPage)

public:
    explicit TransportPage(QWidget *parent = nullptr);
    ~TransportPage() override;

    /// Offers the transports of @p deployment; a transport it lacks is disabled with the reason, and unchosen.
    void setDeployment(Deployment deployment);
    /// Names the laptop's resolvers in the DNS field's placeholder (what an empty field means).
    void setSystemDnsServers(const QStringList &servers);

    Transport transport() const;
    void setTransport(Transport transport);

    /// The LRR version typed, none when empty, invalid, or not applicable to the transport.
    std::optional<LrrVersion> lrrVersion() const;
    QString lrrVersionText() const;
    void setLrrVersionText(const QString &text);
    QStringList ntpServers() const;
    QString ntpServersText() const;
    void setNtpServersText(const QString &text);
    QStringList dnsServers() const;
    QString dnsServersText() const;
    void setDnsServersText(const QString &text);

    /// Why the LRR version is not accepted, or an empty string.
    QString lrrVersionProblem() const;

    bool isComplete() const override;
    int nextId() const override;

signals:
    void changed();

private:
    void updateState();

    Deployment m_deployment = Deployment::Saas;
    QButtonGroup *m_group;
    QMap<Transport, QRadioButton *> m_buttons;
    QLabel *m_plainExplanation = nullptr;
    QLineEdit *m_lrrVersion = nullptr;
    FieldMessage *m_lrrVersionMessage = nullptr;
    QLabel *m_lrrVersionHint = nullptr;
    QLineEdit *m_ntpServers = nullptr;
    FieldMessage *m_ntpMessage = nullptr;
    QLineEdit *m_dnsServers = nullptr;
    FieldMessage *m_dnsMessage = nullptr;
};

} // namespace tpready
