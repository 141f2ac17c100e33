using System.Reflection;
using System.Reflection.Emit;

namespace Hankevahti.Tests.Architecture;

/// <summary>
/// The types a compiled type uses: its base type and interfaces, the types of its fields, properties, method
/// signatures and locals, and every type, method and field its IL names (calls, field loads, casts, typeof,
/// new objects). Reading the compiled code rather than the source catches fully qualified names, static
/// imports and uses through lambdas and iterators (their compiler-made classes are nested in the type).
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each use found, as (the using member, the type used).</summary>
    public static IEnumerable<(string From, Type Used)> Of(Type type)
    {
        if (type.BaseType is { } b)
        {
            foreach (var t in Expand(b)) yield return (type.FullName!, t);
        }
        foreach (var i in type.GetInterfaces())
        {
            foreach (var t in Expand(i)) yield return (type.FullName!, t);
        }
        foreach (var f in type.GetFields(All))
        {
            foreach (var t in Expand(f.FieldType)) yield return ($"{type.FullName}.{f.Name}", t);
        }
        foreach (var p in type.GetProperties(All))
        {
            foreach (var t in Expand(p.PropertyType)) yield return ($"{type.FullName}.{p.Name}", t);
        }
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            var from = $"{type.FullName}.{m.Name}";
            var signature = m.GetParameters().Select(p => p.ParameterType)
                .Concat(m is MethodInfo mi ? [mi.ReturnType] : []);
            foreach (var s in signature)
            {
                foreach (var t in Expand(s)) yield return (from, t);
            }
            foreach (var t in InBody(m)) yield return (from, t);
        }
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            yield break;
        }
        if (body is null)
        {
            yield break;
        }
        foreach (var local in body.LocalVariables)
        {
            foreach (var t in Expand(local.LocalType)) yield return t;
        }
        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    var n = BitConverter.ToInt32(il, i);
                    i += 4 + 4 * n;
                    break;
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    foreach (var t in Resolve(method.Module, token, typeArgs, methodArgs)) yield return t;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            yield break;
        }
        switch (member)
        {
            case Type t:
                foreach (var x in Expand(t)) yield return x;
                break;
            case FieldInfo f:
                foreach (var x in Expand(f.DeclaringType)) yield return x;
                foreach (var x in Expand(f.FieldType)) yield return x;
                break;
            case MethodBase m:
                foreach (var x in Expand(m.DeclaringType)) yield return x;
                foreach (var p in m.GetParameters())
                {
                    foreach (var x in Expand(p.ParameterType)) yield return x;
                }
                if (m is MethodInfo mi)
                {
                    foreach (var x in Expand(mi.ReturnType)) yield return x;
                    if (mi.IsGenericMethod)
                    {
                        foreach (var a in mi.GetGenericArguments())
                        {
                            foreach (var x in Expand(a)) yield return x;
                        }
                    }
                }
                break;
        }
    }

    /// <summary>A type with its element type and generic arguments: List&lt;CostGroup&gt; uses CostGroup.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType())) yield return t;
            yield break;
        }
        yield return type;
        if (type.IsGenericType)
        {
            foreach (var a in type.GetGenericArguments())
            {
                foreach (var t in Expand(a)) yield return t;
            }
        }
    }
}
