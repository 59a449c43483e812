// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

// One kioskctl sub-command ("status", "content build", "pack sign"…). Each area of the tool lists
// its commands in its own file; main.cpp only dispatches.
struct Command
{
    QStringList words;   // e.g. {"content", "build"}
    QString synopsis;    // arguments, e.g. "SRC_DIR -o OUT_DIR"
    QString summary;     // one line, French
    // Adds the command's own options and positional arguments to the parser.
    std::function<void(QCommandLineParser &)> declare;
    // Runs with the parsed line; returns the process exit code.
    std::function<int(QCommandLineParser &)> run;
};

using CommandList = std::vector<Command>;

// Text output in UTF-8 whatever the locale: staff read French messages.
QTextStream &out();
QTextStream &err();

// Prints "kioskctl: <message>" on stderr and returns exit code 1 (or the code given).
int fail(const QString &message, int exitCode = 1);

// The data directory chosen with --data-dir, or the documented default.
QString dataDirectory(const QCommandLineParser &parser);

// Command lists of each area (one file each).
CommandList statusCommands();
CommandList configCommands();
CommandList packCommands();
CommandList statsCommands();
CommandList contentCommands();
