import {
  to = awscc_qbusiness_web_experience.example
  identity = {
    application_id    = "application_id"
    web_experience_id = "web_experience_id"
  }
}
