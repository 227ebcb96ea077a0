package benchmarks

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// BadgeRego is the badge rule in Rego (policy/badge.rego).
//
//go:embed policy/badge.rego
var BadgeRego string

// OPA decides the badge rule with Open Policy Agent. The query is prepared
// once (rego.PrepareForEval); Decide only evaluates it.
type OPA struct {
	query rego.PreparedEvalQuery
}

// NewOPA compiles the policy and prepares the query
// data.chibo.badge.decision.
func NewOPA(ctx context.Context) (*OPA, error) {
	q, err := rego.New(
		rego.Query("data.chibo.badge.decision"),
		rego.Module("policy/badge.rego", BadgeRego),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	return &OPA{query: q}, nil
}

// Prepare turns an Input into OPA's value: input preparation, done once per
// member outside the timed loop.
func (*OPA) Prepare(in Input) (ast.Value, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	return ast.ValueFromReader(bytes.NewReader(b))
}

// Decide evaluates the prepared query on one prepared input.
func (o *OPA) Decide(ctx context.Context, in ast.Value) (Result, error) {
	rs, err := o.query.Eval(ctx, rego.EvalParsedInput(in))
	if err != nil {
		return Result{}, err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return Result{}, fmt.Errorf("opa: undefined decision (%d results)", len(rs))
	}
	obj, ok := rs[0].Expressions[0].Value.(map[string]any)
	if !ok {
		return Result{}, fmt.Errorf("opa: decision is %T, want an object", rs[0].Expressions[0].Value)
	}
	r := Result{}
	r.Status, ok = obj["status"].(string)
	if !ok {
		return Result{}, fmt.Errorf("opa: status is %T, want a string", obj["status"])
	}
	if r.Milestone, err = opaInt(obj, "milestone"); err != nil {
		return Result{}, err
	}
	if r.Due, err = opaInt(obj, "due"); err != nil {
		return Result{}, err
	}
	if r.Round, err = opaInt(obj, "round"); err != nil {
		return Result{}, err
	}
	return r, nil
}

// opaInt reads an integer field of OPA's decision.
func opaInt(obj map[string]any, key string) (int, error) {
	n, ok := obj[key].(json.Number)
	if !ok {
		return 0, fmt.Errorf("opa: %s is %T, want a number", key, obj[key])
	}
	v, err := n.Int64()
	if err != nil {
		return 0, fmt.Errorf("opa: %s: %w", key, err)
	}
	return int(v), nil
}
