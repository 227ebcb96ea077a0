package chibo

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConfidence_String(t *testing.T) {
	tests := []struct {
		name string
		c    Confidence
		want string
	}{
		{"zero value is unverified", Confidence(0), "unverified"},
		{"Unverified", Unverified, "unverified"},
		{"Inferred", Inferred, "inferred"},
		{"Secondary", Secondary, "secondary"},
		{"Verified", Verified, "verified"},
		{"unknown value", Confidence(4), "Confidence(4)"},
		{"largest value", Confidence(255), "Confidence(255)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.String())
		})
	}
}

func TestConfidence_order(t *testing.T) {
	// The constants are ordered from weakest to strongest, so a caller can
	// ask "at least Secondary" with >=.
	assert.Less(t, Unverified, Inferred)
	assert.Less(t, Inferred, Secondary)
	assert.Less(t, Secondary, Verified)
}

func TestConfidence_text(t *testing.T) {
	tests := []struct {
		name string
		c    Confidence
		text string
	}{
		{"unverified", Unverified, "unverified"},
		{"inferred", Inferred, "inferred"},
		{"secondary", Secondary, "secondary"},
		{"verified", Verified, "verified"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(b))

			back := Confidence(200) // not a valid value, so the assignment is observable
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.c, back)
		})
	}
}

func TestConfidence_UnmarshalText_errors(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"capitalised", "Verified"},
		{"Vietnamese", "đã xác minh"},
		{"rules digest tag", "[V]"},
		{"String of an unknown value", "Confidence(4)"},
		{"trailing space", "verified "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Secondary
			err := c.UnmarshalText([]byte(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "unknown confidence")
			assert.Contains(t, err.Error(), `"`+tt.in+`"`)
			assert.Equal(t, Secondary, c, "a failed unmarshal leaves the value unchanged")
		})
	}
}

func TestSource_String(t *testing.T) {
	tests := []struct {
		name string
		s    Source
		want string
	}{
		{
			name: "document, date, section and confidence (doc example)",
			s: Source{
				Document:   "24-QĐ/TW",
				Issuer:     "Ban Chấp hành Trung ương",
				Date:       DateOf(2021, time.July, 30),
				Section:    "điểm 4.5.1",
				URL:        "https://example.org/qd24",
				Confidence: Verified,
			},
			want: "24-QĐ/TW (30/07/2021), điểm 4.5.1 [verified]",
		},
		{
			name: "no section",
			s:    Source{Document: "294-QĐ/TW", Date: DateOf(2025, time.May, 26), Confidence: Secondary},
			want: "294-QĐ/TW (26/05/2025) [secondary]",
		},
		{
			name: "no date",
			s:    Source{Document: "01-HD/TW", Section: "mục 18.1", Confidence: Inferred},
			want: "01-HD/TW, mục 18.1 [inferred]",
		},
		{
			name: "document only, zero confidence reads unverified",
			s:    Source{Document: "208-QĐ/TW"},
			want: "208-QĐ/TW [unverified]",
		},
		{
			name: "issuer and URL are not part of the short citation",
			s:    Source{Document: "56-HD/VPTW", Issuer: "Văn phòng Trung ương Đảng", URL: "https://example.org", Confidence: Secondary},
			want: "56-HD/VPTW [secondary]",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.s.String())
		})
	}
}

func TestSource_JSON(t *testing.T) {
	tests := []struct {
		name string
		s    Source
		want string
	}{
		{
			name: "zero date, issuer, section and URL are omitted",
			s:    Source{Document: "208-QĐ/TW", Confidence: Unverified},
			want: `{"document":"208-QĐ/TW","confidence":"unverified"}`,
		},
		{
			name: "every field",
			s: Source{
				Document:   "01-HD/TW",
				Issuer:     "Ban Bí thư",
				Date:       DateOf(2021, time.September, 28),
				Section:    "mục 18.1",
				URL:        "https://example.org/hd01",
				Confidence: Verified,
			},
			want: `{"document":"01-HD/TW","issuer":"Ban Bí thư","date":"2021-09-28","section":"mục 18.1","url":"https://example.org/hd01","confidence":"verified"}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))

			var back Source
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(tt.s, back); diff != "" {
				t.Errorf("JSON round trip (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("Vietnamese date and unknown confidence on input", func(t *testing.T) {
		var s Source
		require.NoError(t, json.Unmarshal([]byte(`{"document":"29-QĐ/TW","date":"25/07/2016","confidence":"secondary"}`), &s))
		assert.Equal(t, DateOf(2016, time.July, 25), s.Date)
		assert.Equal(t, Secondary, s.Confidence)

		err := json.Unmarshal([]byte(`{"document":"29-QĐ/TW","confidence":"sure"}`), &s)
		assert.ErrorContains(t, err, "unknown confidence")
	})
}

func TestReason(t *testing.T) {
	r := Reason{
		Rule: "award.early.illness",
		Source: Source{
			Document:   "01-HD/TW",
			Issuer:     "Ban Bí thư",
			Date:       DateOf(2021, time.September, 28),
			Section:    "mục 18.1",
			Confidence: Verified,
		},
		VI: "tuổi đảng 29 năm 11 tháng ngày 02/09/2022; được xét tặng sớm tối đa 12 tháng",
		EN: "party age 29 years 11 months on 02/09/2022; early award allowed up to 12 months",
	}

	t.Run("String", func(t *testing.T) {
		assert.Equal(t, "award.early.illness: party age 29 years 11 months on 02/09/2022; early award allowed up to 12 months [01-HD/TW]", r.String())
	})
	t.Run("JSON round trip", func(t *testing.T) {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		assert.JSONEq(t, `{
			"rule": "award.early.illness",
			"source": {"document": "01-HD/TW", "issuer": "Ban Bí thư", "date": "2021-09-28", "section": "mục 18.1", "confidence": "verified"},
			"vi": "tuổi đảng 29 năm 11 tháng ngày 02/09/2022; được xét tặng sớm tối đa 12 tháng",
			"en": "party age 29 years 11 months on 02/09/2022; early award allowed up to 12 months"
		}`, string(b))
		var back Reason
		require.NoError(t, json.Unmarshal(b, &back))
		if diff := cmp.Diff(r, back); diff != "" {
			t.Errorf("JSON round trip (-want +got):\n%s", diff)
		}
	})
}

func TestRegression_SourceWithoutDocument(t *testing.T) {
	// A Source with no document printed a citation starting with a space.
	assert.Equal(t, "(no document) [unverified]", Source{}.String())
}

func TestRegression_InvalidConfidenceIsNotMarshalled(t *testing.T) {
	// Confidence(4) was written as "Confidence(4)", which UnmarshalText rejects.
	_, err := Confidence(4).MarshalText()
	assert.Error(t, err)
}
