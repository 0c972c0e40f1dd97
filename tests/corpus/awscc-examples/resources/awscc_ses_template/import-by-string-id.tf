import {
  to = awscc_ses_template.example
  id = "id"
}