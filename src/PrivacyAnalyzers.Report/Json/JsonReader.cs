using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Report.Json
{
    /// <summary>
    /// A small JSON reader: objects become <see cref="Dictionary{TKey,TValue}"/>, arrays
    /// <see cref="List{T}"/>, numbers <see cref="double"/>. The task has no JSON library to lean on:
    /// System.Text.Json is not part of netstandard2.0 and MSBuild hosts pin their own copy.
    /// </summary>
    public sealed class JsonReader
    {
        private readonly string _text;
        private int _position;

        private JsonReader(string text) => _text = text;

        public static object? Parse(string text)
        {
            var reader = new JsonReader(text);
            var value = reader.ReadValue();
            reader.SkipWhitespace();
            if (reader._position != text.Length)
            {
                throw reader.Error("unexpected text after the value");
            }

            return value;
        }

        private object? ReadValue()
        {
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                throw Error("unexpected end");
            }

            switch (_text[_position])
            {
                case '{': return ReadObject();
                case '[': return ReadArray();
                case '"': return ReadString();
                case 't': return ReadWord("true", true);
                case 'f': return ReadWord("false", false);
                case 'n': return ReadWord("null", null);
                default: return ReadNumber();
            }
        }

        private Dictionary<string, object?> ReadObject()
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            _position++;
            if (TryConsume('}'))
            {
                return result;
            }

            do
            {
                SkipWhitespace();
                var key = ReadString();
                Expect(':');
                result[key] = ReadValue();
            }
            while (TryConsume(','));

            Expect('}');
            return result;
        }

        private List<object?> ReadArray()
        {
            var result = new List<object?>();
            _position++;
            if (TryConsume(']'))
            {
                return result;
            }

            do
            {
                result.Add(ReadValue());
            }
            while (TryConsume(','));

            Expect(']');
            return result;
        }

        private string ReadString()
        {
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Error("expected a string");
            }

            var builder = new StringBuilder();
            _position++;
            while (_position < _text.Length)
            {
                var c = _text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    break;
                }

                var escape = _text[_position++];
                switch (escape)
                {
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length)
                        {
                            throw Error("short \\u escape");
                        }

                        builder.Append((char)int.Parse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _position += 4;
                        break;
                    default: builder.Append(escape); break;
                }
            }

            throw Error("unterminated string");
        }

        private object? ReadWord(string word, object? value)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Error("unexpected character");
            }

            _position += word.Length;
            return value;
        }

        private double ReadNumber()
        {
            var start = _position;
            while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
            {
                _position++;
            }

            if (!double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                throw Error("unexpected character");
            }

            return number;
        }

        private void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw Error("expected '" + c + "'");
            }
        }

        private bool TryConsume(char c)
        {
            SkipWhitespace();
            if (_position < _text.Length && _text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }

        private FormatException Error(string what) => new FormatException("Invalid JSON at offset " + _position + ": " + what + ".");
    }
}
