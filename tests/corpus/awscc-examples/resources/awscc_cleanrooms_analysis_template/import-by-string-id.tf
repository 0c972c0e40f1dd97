import {
  to = awscc_cleanrooms_analysis_template.example
  id = "analysis_template_identifier|membership_identifier"
}