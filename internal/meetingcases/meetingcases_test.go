package meetingcases

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildMeeting(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		present []string
		err     string
	}{
		{"summoned_count fills summoned and present", `{"summoned_count": 3, "absent_excused": ["m2"]}`, []string{"m1", "m3"}, ""},
		{"negative count", `{"summoned_count": -1}`, nil, `key "m.summoned_count": want 0 or more, got -1`},
		{"both forms", `{"summoned_count": 2, "summoned": ["a"]}`, nil, `key "m.summoned_count": give either "summoned" or "summoned_count", not both`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m Meeting
			require.NoError(t, json.Unmarshal([]byte(tc.in), &m))
			assert.Equal(t, -1, m.ResultsPercent, "absent results_percent is -1")
			got, err := BuildMeeting(m, "m", HasPresent(json.RawMessage(tc.in)))
			if tc.err != "" {
				assert.EqualError(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.present, got.Present)
		})
	}
}

func TestBuildOrg(t *testing.T) {
	var o Org
	require.NoError(t, json.Unmarshal([]byte(`{"id": "c", "official_count": 2, "members": [{"id": "x", "name": "X"}]}`), &o))
	org, err := BuildOrg(o, "organisation")
	require.NoError(t, err)
	require.Len(t, org.Members, 3)
	assert.Equal(t, "m1", org.Members[0].ID)
	assert.Equal(t, GenOfficial, org.Members[1].OfficialDate)
	o.Members[0].ID = "m2"
	_, err = BuildOrg(o, "organisation")
	assert.EqualError(t, err, `key "organisation.members[0].id": member "m2" is listed twice (official_count already makes m1…m2)`)
}
