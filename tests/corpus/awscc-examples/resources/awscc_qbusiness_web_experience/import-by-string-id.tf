import {
  to = awscc_qbusiness_web_experience.example
  id = "application_id|web_experience_id"
}