import {
  to = awscc_healthlake_fhir_datastore.example
  identity = {
    datastore_id = "datastore_id"
  }
}
