import {
  to = awscc_ses_template.example
  identity = {
    id = "id"
  }
}
