import {
  to = awscc_elementalinference_dictionary.example
  id = "id"
}