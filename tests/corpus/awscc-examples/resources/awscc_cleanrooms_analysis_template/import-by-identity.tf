import {
  to = awscc_cleanrooms_analysis_template.example
  identity = {
    analysis_template_identifier = "analysis_template_identifier"
    membership_identifier        = "membership_identifier"
  }
}
