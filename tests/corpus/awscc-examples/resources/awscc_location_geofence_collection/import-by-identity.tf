import {
  to = awscc_location_geofence_collection.example
  identity = {
    collection_name = "collection_name"
  }
}
