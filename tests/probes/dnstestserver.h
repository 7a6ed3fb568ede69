// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// An in-process DNS server on 127.0.0.1 (UDP, and TCP on the same port) whose answers a test scripts.
#pragma once

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <functional>

#include "core/probes/dnsmessage.h"

namespace dnstest {

/// One record of a scripted answer; the owner is the question's name unless @p owner is set.
struct Answer
{
    quint16 type = tpready::DnsType::A;
    QByteArray rdata;
    QByteArray owner; ///< wire-form name; empty: a pointer to the question
    quint32 ttl = 300;
};

inline QByteArray wireName(const QByteArray &dotted)
{
    QByteArray out;
    for (const QByteArray &label : dotted.split('.')) {
        if (label.isEmpty())
            continue;
        out.append(static_cast<char>(label.size()));
        out.append(label);
    }
    out.append('\0');
    return out;
}

inline Answer a(const char *ip, quint32 ttl = 300)
{
    const quint32 v4 = QHostAddress(QString::fromLatin1(ip)).toIPv4Address();
    QByteArray rdata(4, '\0');
    for (int i = 0; i < 4; ++i)
        rdata[i] = static_cast<char>((v4 >> (24 - 8 * i)) & 0xff);
    return {tpready::DnsType::A, rdata, {}, ttl};
}

inline Answer aaaa(const char *ip, quint32 ttl = 300)
{
    const Q_IPV6ADDR v6 = QHostAddress(QString::fromLatin1(ip)).toIPv6Address();
    return {tpready::DnsType::AAAA, QByteArray(reinterpret_cast<const char *>(v6.c), 16), {}, ttl};
}

/// A response to @p query: same id and question, the flags and records given.
inline QByteArray respond(const QByteArray &query, int rcode, const QList<Answer> &answers, bool tc = false,
                          bool aa = false)
{
    QByteArray out = query.left(2);
    quint16 flags = 0x8000 | 0x0100 | 0x0080 | static_cast<quint16>(rcode & 0x0f);
    if (tc)
        flags |= 0x0200;
    if (aa)
        flags |= 0x0400;
    out.append(static_cast<char>(flags >> 8));
    out.append(static_cast<char>(flags & 0xff));
    out.append(query.mid(4, 2)); // QDCOUNT
    out.append(static_cast<char>(answers.size() >> 8));
    out.append(static_cast<char>(answers.size() & 0xff));
    out.append(QByteArray(4, '\0'));
    out.append(query.mid(12)); // the question as asked
    for (const Answer &answer : answers) {
        if (answer.owner.isEmpty())
            out.append(QByteArray::fromHex("c00c"));
        else
            out.append(answer.owner);
        out.append(static_cast<char>(answer.type >> 8));
        out.append(static_cast<char>(answer.type & 0xff));
        out.append(QByteArray::fromHex("0001"));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(static_cast<char>((answer.ttl >> shift) & 0xff));
        out.append(static_cast<char>(answer.rdata.size() >> 8));
        out.append(static_cast<char>(answer.rdata.size() & 0xff));
        out.append(answer.rdata);
    }
    return out;
}

/// Decides the answer to a query (parsed and raw); an empty array: no answer.
using Handler = std::function<QByteArray(const tpready::DnsResponse &query, const QByteArray &raw, bool overTcp)>;

class DnsServer : public QObject
{
public:
    explicit DnsServer(Handler handler, bool withTcp = true, QObject *parent = nullptr)
        : QObject(parent), m_handler(std::move(handler))
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (!m_udp.bind(QHostAddress::LocalHost, 0))
                continue;
            if (!withTcp || m_tcp.listen(QHostAddress::LocalHost, m_udp.localPort()))
                break;
            m_udp.close();
        }
        QObject::connect(&m_udp, &QUdpSocket::readyRead, this, [this] {
            while (m_udp.hasPendingDatagrams()) {
                const QNetworkDatagram datagram = m_udp.receiveDatagram();
                ++udpQueries;
                const QByteArray reply = m_handler(tpready::parseDnsResponse(datagram.data()), datagram.data(), false);
                if (!reply.isEmpty())
                    m_udp.writeDatagram(reply, datagram.senderAddress(), datagram.senderPort());
            }
        });
        QObject::connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer += socket->readAll();
                    if (m_buffer.size() < 2)
                        return;
                    const int length = (static_cast<quint8>(m_buffer.at(0)) << 8) | static_cast<quint8>(m_buffer.at(1));
                    if (m_buffer.size() < 2 + length)
                        return;
                    const QByteArray query = m_buffer.mid(2, length);
                    m_buffer.clear();
                    ++tcpQueries;
                    const QByteArray reply = m_handler(tpready::parseDnsResponse(query), query, true);
                    if (!reply.isEmpty())
                        socket->write(tpready::frameDnsTcp(reply));
                });
            }
        });
    }

    quint16 port() const { return m_udp.localPort(); }
    int udpQueries = 0;
    int tcpQueries = 0;

private:
    Handler m_handler;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    QByteArray m_buffer;
};

} // namespace dnstest
