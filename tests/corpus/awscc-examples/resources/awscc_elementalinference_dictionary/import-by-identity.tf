import {
  to = awscc_elementalinference_dictionary.example
  identity = {
    id = "id"
  }
}
