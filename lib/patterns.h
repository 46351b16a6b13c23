// The pattern catalogue: every regular expression solieu uses, compiled once.
//
// The texts live in patterns.cc, each a named constant with a real bulletin
// sentence it matches (and, for a filter, one it rejects). Shared pieces are
// named fragments (${NUM}, ${SCALE}, ...) expanded when compiling. All
// patterns read the *normalised* text (NFC, '-' for dashes, '"' for quotes).
//
// Context patterns come in two shapes:
//   left  — matched on the text just before a number, anchored at its end;
//   right — matched on the text just after a number (or unit), anchored at
//           its start.
#ifndef SOLIEU_LIB_PATTERNS_H_
#define SOLIEU_LIB_PATTERNS_H_

#include <re2/re2.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "solieu/solieu.h"

namespace solieu {

// A named pattern text; `regex` may use ${FRAGMENT}s.
struct Pattern {
  const char* name;
  const char* regex;
};

// Every compiled pattern, by role. Immutable once built; share freely.
class Patterns {
 public:
  // Fails naming the first pattern that does not compile.
  static Result<std::unique_ptr<const Patterns>> Compile();

  // Candidates.
  const RE2& number_group() const { return *number_group_; }

  // Units and what follows a number.
  const RE2& unit_percent() const { return *unit_percent_; }
  const RE2& unit_percentage_point() const { return *unit_percentage_point_; }
  const RE2& unit_scaled_compound() const { return *unit_scaled_compound_; }
  const RE2& unit_measure() const { return *unit_measure_; }
  const RE2& unit_scale_noun() const { return *unit_scale_noun_; }
  const RE2& unit_times() const { return *unit_times_; }
  const RE2& unit_per() const { return *unit_per_; }
  const RE2& word_after() const { return *word_after_; }
  const RE2& per_people() const { return *per_people_; }
  const RE2& word_after_percent() const { return *word_after_percent_; }
  const RE2& trailing_ge() const { return *trailing_ge_; }
  const RE2& list_item_before() const { return *list_item_before_; }
  const RE2& list_tail() const { return *list_tail_; }
  const RE2& labelled_list_item() const { return *labelled_list_item_; }
  const RE2& baseline_after() const { return *baseline_after_; }
  const RE2& target_after() const { return *target_after_; }
  const RE2& elided_target_after() const { return *elided_target_after_; }
  const RE2& baseline_tail() const { return *baseline_tail_; }

  // What stands before a number.
  const RE2& left_rank() const { return *left_rank_; }
  const RE2& left_level() const { return *left_level_; }
  const RE2& left_change() const { return *left_change_; }
  const RE2& left_achievement() const { return *left_achievement_; }
  const RE2& left_change_versus() const { return *left_change_versus_; }
  const RE2& left_change_of_object() const { return *left_change_of_object_; }
  const RE2& no_object_of_change() const { return *no_object_of_change_; }
  // False when left_change_versus cannot match `before` because it holds no
  // "hơn" in any case: a byte scan that spares most numbers the pattern,
  // which reads some 70 bytes back from every number it is asked about.
  static bool MayBeChangeVersus(std::string_view before);
  const RE2& left_share() const { return *left_share_; }
  const RE2& left_comparator() const { return *left_comparator_; }
  const RE2& left_more() const { return *left_more_; }
  const RE2& total_before() const { return *total_before_; }
  const RE2& per_lead() const { return *per_lead_; }
  const RE2& left_more_than() const { return *left_more_than_; }
  const RE2& rank_out_of() const { return *rank_out_of_; }
  const RE2& rank_scope() const { return *rank_scope_; }
  // left_rank, left_level, left_change, left_achievement and left_share as
  // one pattern, (?:…)$: a number that none of these verbs governs (a count
  // in a list, a table cell) is told so in one backwards match.
  const RE2& any_trigger() const { return *any_trigger_; }

  // Not figures. A filter may yield to what follows the number: "Chỉ thị
  // 16" is a document, "Chỉ thị 16 đơn vị" is not checked further; "ấp 4" is a
  // name, "ấp 4 ha" a measure.
  enum class Yield {
    kNever,          // dates, times, citations: nothing overrides them
    kToMeasure,      // a measure, a currency or a % makes it a figure again
    kToKnownNoun,    // so does a counted noun of the lexicon ("số 15 hộ" is a total)
    kToCountedNoun,  // so does any counted noun ("Kế hoạch 2 xã")
  };
  struct Filter {
    std::string name;
    std::unique_ptr<RE2> re;
    int reason;  // a RejectReason (validate.h)
    Yield yield = Yield::kNever;
  };
  const std::vector<Filter>& left_filters() const { return left_filters_; }
  const std::vector<Filter>& right_filters() const { return right_filters_; }
  const std::vector<Filter>& group_filters() const { return group_filters_; }
  // All left filters as one pattern, (?:F1|F2|…)$, and all right filters as
  // ^(?:F1|F2|…). Most numbers are taken by no filter; one call that says so
  // costs what one filter does (RE2 reads a left union backwards from the
  // number and stops where no filter can match), and only a number that some
  // filter takes is asked filter by filter, in order.
  const RE2& any_left_filter() const { return *any_left_filter_; }
  const RE2& any_right_filter() const { return *any_right_filter_; }
  // Keeps "5.000 ngày công" from the duration filter.
  const RE2& duration_but_quantity() const { return *duration_but_quantity_; }

  // Tables: header cells and row numbers (tables.cc).
  const RE2& column_row_number() const { return *column_row_number_; }
  const RE2& column_unit() const { return *column_unit_; }
  const RE2& column_row_label() const { return *column_row_label_; }
  const RE2& column_achievement() const { return *column_achievement_; }
  const RE2& column_comparison() const { return *column_comparison_; }
  const RE2& column_target() const { return *column_target_; }
  const RE2& column_estimate() const { return *column_estimate_; }
  const RE2& column_progress() const { return *column_progress_; }
  const RE2& row_rate_label() const { return *row_rate_label_; }
  const RE2& title_closing_period() const { return *title_closing_period_; }
  const RE2& column_period() const { return *column_period_; }
  const RE2& row_number() const { return *row_number_; }
  const RE2& numeric_cell() const { return *numeric_cell_; }

  // Modality cues before a figure in its clause.
  const RE2& modality_estimate() const { return *modality_estimate_; }
  const RE2& modality_forecast() const { return *modality_forecast_; }
  const RE2& modality_target() const { return *modality_target_; }
  const RE2& modality_target_list() const { return *modality_target_list_; }
  const RE2& modality_list_lead() const { return *modality_list_lead_; }
  const RE2& target_before_bracket() const { return *target_before_bracket_; }

  // Sentence repair and context.
  bool SuppressesSentenceBreak(std::string_view text, size_t sentence_start, size_t pos) const;
  const RE2& fronted_baseline() const { return *fronted_baseline_; }
  const RE2& modality_estimate_list() const { return *modality_estimate_list_; }
  const RE2& modality_pledge() const { return *modality_pledge_; }
  const RE2& target_in_bracket() const { return *target_in_bracket_; }
  const RE2& target_in_model_name() const { return *target_in_model_name_; }
  const RE2& baseline_past_bracket() const { return *baseline_past_bracket_; }
  const RE2& baseline_in_clause() const { return *baseline_in_clause_; }
  const RE2& period_phrase() const { return *period_phrase_; }
  const RE2& period_owner() const { return *period_owner_; }
  const RE2& period_compared() const { return *period_compared_; }
  const RE2& period_deadline() const { return *period_deadline_; }
  const RE2& period_term() const { return *period_term_; }
  const RE2& period_fronted_date() const { return *period_fronted_date_; }

  // Document metadata in the opening lines.
  const RE2& info_issuer() const { return *info_issuer_; }
  const RE2& info_document_type() const { return *info_document_type_; }
  const RE2& info_issue() const { return *info_issue_; }
  const RE2& info_date() const { return *info_date_; }
  const RE2& info_cover_note() const { return *info_cover_note_; }
  // Period phrases whose dates resolve, by form name ("months_of_year", …).
  struct PeriodForm {
    const char* name;
    std::unique_ptr<RE2> re;
  };
  const std::vector<PeriodForm>& period_forms() const { return period_forms_; }
  const RE2& period_not_reported() const { return *period_not_reported_; }
  const RE2& period_opens_enumeration() const { return *period_opens_enumeration_; }
  const RE2& period_bare_cumulative() const { return *period_bare_cumulative_; }
  const RE2& period_up_to() const { return *period_up_to_; }
  const RE2& period_closing_a_list() const { return *period_closing_a_list_; }
  const RE2& period_of_an_event() const { return *period_of_an_event_; }
  const RE2& enumeration_item() const { return *enumeration_item_; }
  const RE2& subject_tail_trim() const { return *subject_tail_trim_; }
  const RE2& subject_lead_trim() const { return *subject_lead_trim_; }
  const RE2& subject_period_tail() const { return *subject_period_tail_; }
  const RE2& subject_inner_period() const { return *subject_inner_period_; }
  const RE2& subject_named_after_with() const { return *subject_named_after_with_; }
  const RE2& subject_price_basis() const { return *subject_price_basis_; }
  const RE2& subject_copula_tail() const { return *subject_copula_tail_; }
  const RE2& subject_growth_verb() const { return *subject_growth_verb_; }
  const RE2& subject_index_of_place() const { return *subject_index_of_place_; }
  const RE2& growth_measure_word() const { return *growth_measure_word_; }
  const RE2& subject_restating() const { return *subject_restating_; }
  const RE2& subject_names_nothing() const { return *subject_names_nothing_; }
  const RE2& subject_dimension_after() const { return *subject_dimension_after_; }
  const RE2& percent_of_whole_before() const { return *percent_of_whole_before_; }
  const RE2& subject_own_label() const { return *subject_own_label_; }
  const RE2& subject_amount_label_before() const { return *subject_amount_label_before_; }
  const RE2& subject_work_and_measure() const { return *subject_work_and_measure_; }
  const RE2& progress_measure() const { return *progress_measure_; }
  const RE2& package_name() const { return *package_name_; }
  const RE2& work_name_end() const { return *work_name_end_; }
  const RE2& closing_acronym() const { return *closing_acronym_; }
  const RE2& subject_naming_copula() const { return *subject_naming_copula_; }
  const RE2& counting_classifier() const { return *counting_classifier_; }
  const RE2& labelled_in_cell() const { return *labelled_in_cell_; }
  const RE2& counted_place() const { return *counted_place_; }
  const RE2& name_opening() const { return *name_opening_; }
  const RE2& case_handling_verb() const { return *case_handling_verb_; }
  const RE2& handling_verbs_only() const { return *handling_verbs_only_; }
  const RE2& count_for_whom() const { return *count_for_whom_; }
  const RE2& subject_a_result() const { return *subject_a_result_; }
  const RE2& subject_compared_with() const { return *subject_compared_with_; }
  const RE2& case_classifier() const { return *case_classifier_; }
  const RE2& subject_verb_before_measure() const { return *subject_verb_before_measure_; }
  const RE2& subject_before_event_verb() const { return *subject_before_event_verb_; }
  const RE2& place_or_time_lead() const { return *place_or_time_lead_; }
  const RE2& counted_noun_tail_stop() const { return *counted_noun_tail_stop_; }
  const RE2& clause_opener_after_comma() const { return *clause_opener_after_comma_; }
  const RE2& noun_phrase_end_after_comma() const { return *noun_phrase_end_after_comma_; }
  const RE2& address_after_comma() const { return *address_after_comma_; }
  const RE2& comma_in_a_pair() const { return *comma_in_a_pair_; }
  const RE2& change_without_figure() const { return *change_without_figure_; }
  const RE2& level_reached() const { return *level_reached_; }
  const RE2& breakdown_lead() const { return *breakdown_lead_; }
  const RE2& measured_unit() const { return *measured_unit_; }
  const RE2& scaled_count() const { return *scaled_count_; }
  const RE2& column_entity() const { return *column_entity_; }

  // Counted nouns of two or more syllables, longest first: "đảng viên".
  const std::vector<std::string>& compound_nouns() const { return compound_nouns_; }
  // The compound nouns that start with byte `first`, in the same order, and
  // those of them that have more than one word: a lookup after a number reads
  // the few that can match instead of all of them.
  const std::vector<const std::string*>& CompoundNounsStartingWith(char first) const {
    return nouns_by_first_byte_[static_cast<unsigned char>(first)];
  }
  const std::vector<const std::string*>& MultiWordNounsStartingWith(char first) const {
    return multi_word_nouns_by_first_byte_[static_cast<unsigned char>(first)];
  }
  // Length of the multi-word noun of the lexicon that opens `s` as a whole
  // word ("đồng chí thôi …"), or 0. `s` is in lower case where it matters.
  size_t MultiWordNounAt(std::string_view s) const;
  // Words that never start a counted noun: "và", "so", "đạt".
  bool IsStopWord(std::string_view word) const;
  // Nouns that count alone: "người", "hộ", "xã".
  bool IsOneSyllableNoun(std::string_view word) const;

 private:
  Patterns() = default;

  std::unique_ptr<RE2> number_group_, unit_percent_, unit_percentage_point_,
      unit_scaled_compound_, unit_measure_, unit_scale_noun_, unit_times_, unit_per_, per_people_, word_after_, word_after_percent_,
      trailing_ge_, baseline_after_, target_after_, elided_target_after_, left_rank_, left_level_, left_change_,
      left_achievement_, left_share_, left_comparator_, left_more_,
      modality_estimate_, modality_forecast_, modality_target_, no_break_before_,
      no_break_list_number_, duration_but_quantity_, left_more_than_, left_change_versus_, left_change_of_object_, no_object_of_change_, period_owner_, period_compared_, period_deadline_, period_term_, period_fronted_date_, info_issuer_, info_document_type_, info_issue_, info_date_, info_cover_note_, subject_period_tail_, subject_inner_period_, subject_named_after_with_, subject_price_basis_, subject_copula_tail_, subject_growth_verb_, subject_index_of_place_, growth_measure_word_, subject_restating_, subject_names_nothing_, subject_dimension_after_, percent_of_whole_before_, subject_own_label_, subject_amount_label_before_, subject_work_and_measure_, progress_measure_, package_name_, work_name_end_, closing_acronym_, subject_naming_copula_, counting_classifier_, labelled_in_cell_, counted_place_, name_opening_, case_handling_verb_, handling_verbs_only_, count_for_whom_, subject_a_result_, subject_compared_with_, case_classifier_, subject_verb_before_measure_, subject_before_event_verb_, place_or_time_lead_, counted_noun_tail_stop_, clause_opener_after_comma_, noun_phrase_end_after_comma_, address_after_comma_, comma_in_a_pair_, change_without_figure_, level_reached_, breakdown_lead_, measured_unit_, scaled_count_, column_entity_, period_not_reported_, period_opens_enumeration_, period_bare_cumulative_, period_up_to_, period_closing_a_list_, period_of_an_event_, enumeration_item_, total_before_, per_lead_, target_before_bracket_, modality_target_list_, modality_list_lead_, rank_out_of_, rank_scope_, baseline_tail_,
      list_item_before_, list_tail_, labelled_list_item_, column_row_number_, column_unit_,
      column_row_label_, column_achievement_, column_comparison_, column_target_,
      column_estimate_, column_progress_, row_rate_label_, title_closing_period_, column_period_, row_number_, numeric_cell_,
      fronted_baseline_, modality_estimate_list_, modality_pledge_, target_in_bracket_, target_in_model_name_, baseline_past_bracket_, baseline_in_clause_, period_phrase_, subject_tail_trim_, subject_lead_trim_, any_left_filter_,
      any_right_filter_, any_trigger_;
  std::vector<Filter> left_filters_, right_filters_, group_filters_;
  std::vector<std::string> compound_nouns_;
  std::vector<PeriodForm> period_forms_;
  std::array<std::vector<const std::string*>, 256> nouns_by_first_byte_, multi_word_nouns_by_first_byte_;
  std::vector<std::string> stop_words_;
  std::vector<std::string> one_syllable_nouns_;
};

}  // namespace solieu

#endif  // SOLIEU_LIB_PATTERNS_H_
