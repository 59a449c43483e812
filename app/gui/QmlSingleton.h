// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJSEngine>
#include <QQmlEngine>

#include <type_traits>

// QML singletons whose one instance is built by the composition root (main.cpp, or a test's setup)
// with its dependencies, then handed to QML. Use:
//   class Foo : public QObject, public QmlSingleton<Foo> { Q_OBJECT QML_ELEMENT QML_SINGLETON … };
//   Foo foo(deps…); Foo::provide(&foo);   // before the QML engine first uses Foo
template<typename T>
class QmlSingleton
{
public:
    static void provide(T *instance)
    {
        // Qt 6.4 prefers a default constructor over create(): QML would build an instance of its own.
        static_assert(!std::is_default_constructible_v<T>,
                      "a QmlSingleton must take its dependencies in its constructor");
        s_instance = instance;
    }
    static T *instance() { return s_instance; }

    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "QmlSingleton", "provide() the instance before QML uses it");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline T *s_instance = nullptr;
};
