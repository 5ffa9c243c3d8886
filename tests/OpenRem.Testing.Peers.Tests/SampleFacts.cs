namespace OpenRem.Testing.Peers.Tests;

/// <summary>What ../shared/peers/README.md and ../shared/dicom-samples/CATALOGUE.md say the 65 samples give.</summary>
internal static class SampleFacts
{
    /// <summary>load-dcmqrscp.sh: 63 stored; MG-Im-Hologic-PropProj is malformed; RF-RDSR-Siemens-Zee_adjusted is skipped.</summary>
    public const int DcmqrscpStored = 63;

    /// <summary>load-orthanc.sh (and REST uploads): 64 stored; the malformed file is refused with HTTP 400.</summary>
    public const int OrthancStored = 64;

    /// <summary>The malformed MG-Im-Hologic-PropProj.dcm, refused by both peers.</summary>
    public const int Refused = 1;

    /// <summary>Orthanc's study count: 50 StudyInstanceUIDs loaded, the PET/CT one under two PatientIDs.</summary>
    public const int OrthancStudies = 51;

    /// <summary>
    /// Study-level answers for StudyDate=19000101-20991231: every study but DX-Im-Date-Missing's, the PET/CT study
    /// once per PatientID. dcmqrscp lacks the Zee_adjusted study, which Orthanc has.
    /// </summary>
    public const int DcmqrscpDatedStudyAnswers = 49;

    public const int OrthancDatedStudyAnswers = 50;

    public const string BroadDateRange = "StudyDate=19000101-20991231";

    /// <summary>The PET/CT study: 4 PET images, an RDSR and a radiopharmaceutical RDSR.</summary>
    public const string PetCtStudyInstanceUid = "1.2.840.113619.6.95.31.0.3.4.1.4400.13.8620675";

    /// <summary>The files storescp writes for the PET/CT study (modality prefix and SOP Instance UID).</summary>
    public static readonly string[] PetCtStudyFiles =
    [
        "PI.1.3.12.2.1107.5.1.4.11090.30000022022409254338300006581",
        "PI.1.3.12.2.1107.5.1.4.11090.30000022022409254338300007859",
        "PI.1.3.12.2.1107.5.1.4.11090.30000022022409254338300007947",
        "PI.1.3.12.2.1107.5.1.4.11090.30000022022409254338300007959",
        "SRd.1.3.12.2.1107.5.1.4.11090.30000022022409220062600002117",
        "SRr.1.3.12.2.1107.5.1.4.11090.30000022022409484529300000027",
    ];
}
