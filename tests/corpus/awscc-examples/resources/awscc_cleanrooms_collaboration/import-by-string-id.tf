import {
  to = awscc_cleanrooms_collaboration.example
  id = "collaboration_identifier"
}