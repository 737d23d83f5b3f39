#pragma once

// Private to the exporting layer (its .cpp files only): the template library's data tree, which
// TemplateData holds. Other layers see TemplateData as an opaque value.

#include "exporttemplate.h"

#if __has_include(<kainjow/mustache.hpp>)
#include <kainjow/mustache.hpp>
#else
#include <mustache.hpp>
#endif

#include <string>
#include <string_view>
#include <utility>

namespace galley {

struct TemplateData::Tree {
    kainjow::mustache::data data;
};

/// Builds kainjow's data directly: objects, lists, strings (converted to UTF-8 once) and bools.
/// Values are moved in; kainjow's own set() and push_back() would copy every subtree.
namespace TemplateTree {

using Data = kainjow::mustache::data;

[[nodiscard]] inline Data object()
{
    return Data(Data::type::object);
}

[[nodiscard]] inline Data list()
{
    return Data(Data::type::list);
}

inline void set(Data &object, std::string_view key, Data &&value)
{
    object[std::string(key)] = std::move(value);
}

inline void setString(Data &object, std::string_view key, const QString &value)
{
    set(object, key, Data(value.toStdString()));
}

inline void setBool(Data &object, std::string_view key, bool value)
{
    set(object, key, Data(value));
}

inline void append(Data &list, Data &&value)
{
    // push_back() takes a copy; an empty object is cheap to copy, and the element is then given
    // its value in place (the list's vector is the data's own, not const).
    list.push_back(Data(Data::type::object));
    const_cast<Data &>(list.list_value().back()) = std::move(value);
}

} // namespace TemplateTree

} // namespace galley
