package org.marsad.nlp.core;

/** Texts written for the tests (not taken from any outlet), and one shared pipeline: building it takes a second. */
final class NlpFixtures {

    static final String ARABIC_TITLE = "الرئيس بوتين يستقبل نظيره السوري في موسكو";

    static final String ARABIC_BODY = """
            موسكو-وكالات

            استقبل الرئيس الروسي فلاديمير بوتين أمس الثلاثاء الرئيس السوري بشار الأسد في الكرملين، وبحث الجانبان \
            التعاون بين روسيا وسورية في مجالات الطاقة والزراعة.
            وقال الأسد في مستهل اللقاء: "نحن نقدر المساعدة التي قدمتها روسيا لشعبنا خلال السنوات الماضية".
            وأضاف بوتين أن حجم التبادل التجاري ارتفع بنسبة 35 بالمئة خلال عام 2023، وأن الصادرات زادت أربع مرات ونصف.
            وحضر اللقاء وزير الخارجية الدكتور سامر الخطيب ووزير الدفاع الروسي أندريه بيلوسوف.
            وكانت آخر زيارة للأسد إلى موسكو في 15 آذار 2022، كما التقى الزعيمان في تشرين الأول من عام 2019 في سوتشي.
            وأعلنت وزارة الاقتصاد السورية أن الاتفاقيات الجديدة ستوقع في نيسان المقبل بحضور ممثلين عن الأمم المتحدة.
            """;

    static final String ENGLISH_TITLE = "Egypt and Jordan agree on new energy link";

    static final String ENGLISH_BODY = """
            CAIRO, March 3 (Marsad) - Egyptian President Abdel Fattah el-Sisi met King Abdullah II in Cairo on \
            Sunday to sign an agreement on a new power line between the two countries.
            "This project will bring cheaper electricity to millions of families," Sisi told reporters after the meeting.
            The line will carry 2,000 megawatts and cost $1.2 billion, according to the Ministry of Electricity.
            "It covers 40% of Jordan's peak demand," Amira Haddad said. She teaches at Delta Valley University.
            The United Nations welcomed the agreement on 4 March 2024.
            """;

    private static EnrichmentPipeline pipeline;

    private NlpFixtures() {
    }

    static synchronized EnrichmentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new EnrichmentPipeline();
        }
        return pipeline;
    }
}
