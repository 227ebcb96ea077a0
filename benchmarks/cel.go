package benchmarks

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/common/types/traits"
	"github.com/google/cel-go/ext"
	"github.com/google/cel-go/interpreter"
)

// BadgeCEL is the badge rule as a CEL expression (policy/badge.cel).
//
//go:embed policy/badge.cel
var BadgeCEL string

// CEL decides the badge rule with cel-go. The expression is compiled and
// planned once (NewCEL); Decide only evaluates the program.
type CEL struct {
	prg cel.Program
}

// unixDay is the day number of 1970-01-01.
const unixDay = 719163

// civilOfDay and dayOfCivil convert between day numbers and civil dates
// with the time package, as a host application would.
func civilOfDay(n int64) (int, time.Month, int) {
	return time.Unix((n-unixDay)*86400, 0).UTC().Date()
}

func dayOfCivil(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()/86400 + unixDay
}

// addYears is the host helper addYears(day, years): whole years, clamped to
// the end of the month (29/02/1996 + 30 years = 28/02/2026).
func addYears(day, years ref.Val) ref.Val {
	n, ok1 := day.(types.Int)
	k, ok2 := years.(types.Int)
	if !ok1 || !ok2 {
		return types.NewErr("addYears: want (int, int), got (%s, %s)", day.Type(), years.Type())
	}
	y, m, d := civilOfDay(int64(n))
	y += int(k)
	if last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); d > last {
		d = last
	}
	return types.Int(dayOfCivil(y, m, d))
}

// occasionDates are the four yearly rounds: 3/2, 19/5, 2/9, 7/11.
var occasionDates = [4]struct {
	m time.Month
	d int
}{{time.February, 3}, {time.May, 19}, {time.September, 2}, {time.November, 7}}

// roundOnOrAfter is the host helper roundOnOrAfter(day): the first round on
// or after day, inclusive.
func roundOnOrAfter(day ref.Val) ref.Val {
	n, ok := day.(types.Int)
	if !ok {
		return types.NewErr("roundOnOrAfter: want int, got %s", day.Type())
	}
	y, _, _ := civilOfDay(int64(n))
	for yy := y; yy <= y+1; yy++ {
		for _, o := range occasionDates {
			if r := dayOfCivil(yy, o.m, o.d); r >= int64(n) {
				return types.Int(r)
			}
		}
	}
	return types.NewErr("roundOnOrAfter: no round after %d", n)
}

// sum is the host helper sum(list(int)).
func sum(list ref.Val) ref.Val {
	l, ok := list.(traits.Lister)
	if !ok {
		return types.NewErr("sum: want a list, got %s", list.Type())
	}
	var s types.Int
	for it := l.Iterator(); it.HasNext() == types.True; {
		v, ok := it.Next().(types.Int)
		if !ok {
			return types.NewErr("sum: want a list of int")
		}
		s += v
	}
	return s
}

// NewCEL compiles the expression with its variables, host helpers and
// extensions, and plans the program (with cel.OptOptimize).
func NewCEL() (*CEL, error) {
	env, err := cel.NewEnv(
		cel.Variable("start", cel.IntType),
		cel.Variable("official", cel.IntType),
		cel.Variable("round", cel.IntType),
		cel.Variable("gaps", cel.ListType(cel.MapType(cel.StringType, cel.DynType))),
		cel.Variable("badges", cel.ListType(cel.IntType)),
		ext.Bindings(),
		ext.Math(),
		cel.Function("addYears", cel.Overload("addYears_int_int",
			[]*cel.Type{cel.IntType, cel.IntType}, cel.IntType, cel.BinaryBinding(addYears))),
		cel.Function("roundOnOrAfter", cel.Overload("roundOnOrAfter_int",
			[]*cel.Type{cel.IntType}, cel.IntType, cel.UnaryBinding(roundOnOrAfter))),
		cel.Function("sum", cel.Overload("sum_list_int",
			[]*cel.Type{cel.ListType(cel.IntType)}, cel.IntType, cel.UnaryBinding(sum))),
	)
	if err != nil {
		return nil, err
	}
	ast, iss := env.Compile(BadgeCEL)
	if iss.Err() != nil {
		return nil, iss.Err()
	}
	prg, err := env.Program(ast, cel.EvalOptions(cel.OptOptimize))
	if err != nil {
		return nil, err
	}
	return &CEL{prg: prg}, nil
}

// Prepare turns an Input into CEL's activation, its values already CEL
// values: input preparation, done once per member outside the timed loop.
func (*CEL) Prepare(in Input) (interpreter.Activation, error) {
	gaps := make([]ref.Val, len(in.Gaps))
	for i, g := range in.Gaps {
		gaps[i] = types.NewRefValMap(types.DefaultTypeAdapter, map[ref.Val]ref.Val{
			types.String("kind"): types.String(g.Kind),
			types.String("from"): types.Int(g.From),
			types.String("to"):   types.Int(g.To),
		})
	}
	badges := make([]ref.Val, len(in.Badges))
	for i, b := range in.Badges {
		badges[i] = types.Int(b)
	}
	return interpreter.NewActivation(map[string]any{
		"start":    types.Int(in.Start),
		"official": types.Int(in.Official),
		"round":    types.Int(in.Round),
		"gaps":     types.NewRefValList(types.DefaultTypeAdapter, gaps),
		"badges":   types.NewRefValList(types.DefaultTypeAdapter, badges),
	})
}

// Decide evaluates the program on one prepared activation.
func (c *CEL) Decide(act interpreter.Activation) (Result, error) {
	out, _, err := c.prg.Eval(act)
	if err != nil {
		return Result{}, err
	}
	m, ok := out.(traits.Mapper)
	if !ok {
		return Result{}, fmt.Errorf("cel: decision is %s, want a map", out.Type())
	}
	r := Result{}
	st, ok := m.Get(types.String("status")).(types.String)
	if !ok {
		return Result{}, fmt.Errorf("cel: status is not a string")
	}
	r.Status = string(st)
	if r.Milestone, err = celInt(m, "milestone"); err != nil {
		return Result{}, err
	}
	if r.Due, err = celInt(m, "due"); err != nil {
		return Result{}, err
	}
	if r.Round, err = celInt(m, "round"); err != nil {
		return Result{}, err
	}
	return r, nil
}

// celInt reads an integer field of CEL's decision.
func celInt(m traits.Mapper, key string) (int, error) {
	v, ok := m.Get(types.String(key)).(types.Int)
	if !ok {
		return 0, fmt.Errorf("cel: %s is not an int", key)
	}
	return int(v), nil
}
