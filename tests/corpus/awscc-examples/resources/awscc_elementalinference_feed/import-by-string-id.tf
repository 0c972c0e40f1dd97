import {
  to = awscc_elementalinference_feed.example
  id = "id"
}